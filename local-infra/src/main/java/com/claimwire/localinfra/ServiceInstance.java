package com.claimwire.localinfra;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the processes of a service in the local stack. The first keeps the module's name (its pid file, log and
 * port are those of a single-instance stack); further ones are {@code <module>-2}, {@code <module>-3}, ...
 *
 * @param service the service
 * @param number 1 for the first instance
 */
public record ServiceInstance(ClaimwireService service, int number) {

    private static final Pattern FURTHER_INSTANCE = Pattern.compile("(.+)-(\\d+)");

    public ServiceInstance {
        if (number < 1) {
            throw new IllegalArgumentException("instances are numbered from 1, not " + number);
        }
    }

    /** The first instance of {@code service}. */
    public static ServiceInstance first(ClaimwireService service) {
        return new ServiceInstance(service, 1);
    }

    /** The name of its pid file and log. */
    public String name() {
        return number == 1 ? service.module() : service.module() + "-" + number;
    }

    /** The instance called {@code name}, if it is one. */
    public static Optional<ServiceInstance> parse(String name) {
        for (ClaimwireService service : ClaimwireService.values()) {
            if (service.module().equals(name)) {
                return Optional.of(first(service));
            }
        }
        Matcher further = FURTHER_INSTANCE.matcher(name);
        if (further.matches()) {
            for (ClaimwireService service : ClaimwireService.values()) {
                if (service.module().equals(further.group(1))) {
                    int number = Integer.parseInt(further.group(2));
                    return number > 1 ? Optional.of(new ServiceInstance(service, number)) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
