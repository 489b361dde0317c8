# One image recipe for the three services, each built from its executable jar (mvn -DskipTests package first);
# docker-compose.yml passes SERVICE (the module) and PORT.
FROM eclipse-temurin:17.0.15_6-jre
ARG SERVICE
ARG PORT
# curl serves the compose health check; the service runs as an unprivileged user.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --shell /usr/sbin/nologin claimwire
WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT.jar app.jar
USER claimwire
EXPOSE ${PORT}
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
