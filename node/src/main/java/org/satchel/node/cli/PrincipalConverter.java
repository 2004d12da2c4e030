package org.satchel.node.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code ROLE:ID} ({@code teacher:T0008}), and says what a principal looks like otherwise. */
final class PrincipalConverter implements ITypeConverter<Principal> {
    @Override
    public Principal convert(String value) {
        return Principal.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not ROLE:ID; the roles are " + Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(", "))
                + ", and an id is letters, digits, '.', '_' or '-'"));
    }
}
