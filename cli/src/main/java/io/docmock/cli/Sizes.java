package io.docmock.cli;

import java.util.Locale;

/** Sizes on the command line: {@code 10485760}, {@code 512K}, {@code 10M}, {@code 1G}. */
final class Sizes {
    private Sizes() {
    }

    static long parse(String text, String option) {
        String value = text.strip().toUpperCase(Locale.ROOT).replace("IB", "").replace("B", "");
        long unit = 1;
        if (value.endsWith("K") || value.endsWith("M") || value.endsWith("G")) {
            unit = switch (value.charAt(value.length() - 1)) {
                case 'K' -> 1024L;
                case 'M' -> 1024L * 1024;
                default -> 1024L * 1024 * 1024;
            };
            value = value.substring(0, value.length() - 1);
        }
        try {
            long size = Long.parseLong(value.strip()) * unit;
            if (size <= 0) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new UserError(option + " must be a positive size like 10485760, 512K or 10M, not '" + text + "'");
        }
    }
}
