package edu.rnnlab.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Reads an option's enum value in any case and, when it is none of them, names the choices as the help
 * and the specs write them ({@code quick, standard, full}), not as Java constants.
 */
final class LowerCaseEnum<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {

    private final Class<E> type;

    LowerCaseEnum(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw new CommandLine.TypeConversionException("expected one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + " (got '" + value + "')");
    }

    /** Registers the converter for every enum-typed option of the command line. */
    static void registerAll(CommandLine cli) {
        cli.registerConverter(RunOptions.Profile.class, new LowerCaseEnum<>(RunOptions.Profile.class));
        cli.registerConverter(EngineOptions.Target.class, new LowerCaseEnum<>(EngineOptions.Target.class));
        cli.registerConverter(
                ReportOptionsMixin.Language.class, new LowerCaseEnum<>(ReportOptionsMixin.Language.class));
        cli.registerConverter(ReportOptionsMixin.Format.class, new LowerCaseEnum<>(ReportOptionsMixin.Format.class));
    }
}
