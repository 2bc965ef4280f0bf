package org.tocsin.security.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** What is in the public schema: tables in an order that loads without foreign key errors, their columns, sequences. */
final class Catalog {

    static final String HISTORY = "flyway_schema_history";

    private Catalog() {
    }

    /** Every table of the public schema, parents before children, ties by name: the same order for the same schema. */
    static List<String> tablesInDependencyOrder(Connection connection) throws SQLException {
        TreeSet<String> tables = new TreeSet<>(strings(connection,
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1"));
        Map<String, TreeSet<String>> parents = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        List<String> ordered = new ArrayList<>();
        while (!tables.isEmpty()) {
            String next = tables.stream()
                    .filter(t -> parents.getOrDefault(t, new TreeSet<>()).stream().noneMatch(tables::contains))
                    .findFirst()
                    // A cycle of foreign keys: take the first by name; the load defers what it can.
                    .orElse(tables.first());
            ordered.add(next);
            tables.remove(next);
        }
        return ordered;
    }

    /** The columns a COPY can write: not generated ones, which the database computes again. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relname = ? and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum""")) {
            statement.setString(1, table);
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            return columns;
        }
    }

    /** Every sequence of the public schema and its last value (null when never used). */
    static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> sequences = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(1);
                long value = rows.getLong(2);
                sequences.put(name, rows.wasNull() ? null : value);
            }
        }
        return sequences;
    }

    /** The version of the last migration applied, or null without Flyway's history. */
    static String schemaVersion(Connection connection) throws SQLException {
        if (!exists(connection, HISTORY)) {
            return null;
        }
        List<String> versions = strings(connection, "select version from public." + HISTORY
                + " where success and version is not null order by installed_rank desc limit 1");
        return versions.isEmpty() ? null : versions.getFirst();
    }

    /** Tables, views and sequences of the public schema: an empty database has none. */
    static List<String> relations(Connection connection) throws SQLException {
        return strings(connection, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S') order by 1");
    }

    static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select exists (select 1 from pg_tables where schemaname = 'public' and tablename = ?)")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String qualified(String table) {
        return "public." + quote(table);
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Catalog::quote).toList());
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static Map<String, Long> counts(Connection connection, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            try (PreparedStatement statement = connection.prepareStatement("select count(*) from " + qualified(table));
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }
}
