package org.tocsin.actions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tocsin.actions.Views.ActionTarget;

/**
 * Reads the directory of authorities for urgent actions. Until the targets module's public
 * {@code Targets} service is merged, this is the one place that queries its tables; swap the
 * bodies for calls to it then. {@link #openActionsUsing} is what its {@code TargetUsage} asks for.
 */
@Service
public class TargetChoices {

    /** A choice in a target picker; {@code termEnd} lets the form warn about a past office holder. */
    public record TargetOption(long id, String name, String title, String organisation, LocalDate termEnd) {

        public boolean termEnded(LocalDate today) {
            return termEnd != null && termEnd.isBefore(today);
        }

        public String label() {
            return title == null || title.isBlank() ? name : name + " — " + title;
        }
    }

    /** An open (draft or issued) UA that lists a target, for the target's page. */
    public record ActionUse(long actionId, String code, String title, String status) {
    }

    private static final String COLUMNS = """
            t.id, t.name, t.title, t.organisation, t.address_lines, t.country, t.fax, t.email, t.phone, t.web_form,
            t.term_end,
            array(select s.language from target_salutation s where s.target_id = t.id order by s.language) as languages,
            array(select s.salutation from target_salutation s where s.target_id = t.id order by s.language) as salutations""";

    private final JdbcClient db;

    TargetChoices(JdbcClient db) {
        this.db = db;
    }

    /** Every target, by name, for pickers. */
    public List<TargetOption> options() {
        return db.sql("select id, name, title, organisation, term_end from target order by name, id")
                .query(TargetOption.class).list();
    }

    /** The ids among {@code ids} that are in the directory. */
    public List<Long> existing(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select id from target where id = any(?)").param(ids.toArray(Long[]::new))
                .query(Long.class).list();
    }

    /** The targets a UA lists, in its order. */
    public List<ActionTarget> ofAction(long actionId) {
        return db.sql("select " + COLUMNS + """
                         from urgent_action_target ut join target t on t.id = ut.target_id
                        where ut.action_id = ? order by ut.position""")
                .param(actionId).query((rs, row) -> target(rs)).list();
    }

    /** Open UAs (draft or issued) that list the target; what editing a target should show. */
    public List<ActionUse> openActionsUsing(long targetId) {
        return db.sql("""
                        select a.id, a.code_scheme, a.code_base, a.sequence, a.title, a.status
                        from urgent_action_target ut join urgent_action a on a.id = ut.action_id
                        where ut.target_id = ? and a.status in ('draft', 'issued')
                        order by a.deadline nulls last, a.id""")
                .param(targetId)
                .query((rs, row) -> new ActionUse(rs.getLong("id"),
                        CodeScheme.of(rs.getString("code_scheme")).display(rs.getString("code_base"), rs.getInt("sequence")),
                        rs.getString("title"), rs.getString("status")))
                .list();
    }

    private static ActionTarget target(ResultSet rs) throws SQLException {
        return new ActionTarget(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
                rs.getString("organisation"), strings(rs.getArray("address_lines")), rs.getString("country"),
                strings(rs.getArray("fax")), strings(rs.getArray("email")), rs.getString("phone"),
                rs.getString("web_form"), rs.getObject("term_end", LocalDate.class),
                zip(strings(rs.getArray("languages")), strings(rs.getArray("salutations"))));
    }

    private static Map<String, String> zip(List<String> keys, List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(i));
        }
        return map;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

}
