package com.claimwire.ops;

import com.claimwire.ops.bench.Bench;
import com.claimwire.ops.deadletters.DeadLetterReplay;
import java.util.Arrays;

/** Entry point of the operator tools jar: the first argument names the tool, the rest are its arguments. */
public final class OpsTools {

    private OpsTools() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int exitCode = switch (command) {
            case "bench" -> Bench.run(rest);
            case "replay-dlt" -> DeadLetterReplay.run(rest);
            case "help", "-h", "--help" -> usage(0);
            default -> {
                System.err.println("ops-tools: unknown command '" + command + "'");
                yield usage(2);
            }
        };
        System.exit(exitCode);
    }

    private static int usage(int exitCode) {
        (exitCode == 0 ? System.out : System.err).println("""
                Usage: ./claimwire <command> [arguments]
                  bench ...       load harness against a running stack (./claimwire bench --help)
                  replay-dlt ...  republish a dead-letter topic's records to their original topic""");
        return exitCode;
    }
}
