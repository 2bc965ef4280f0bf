package org.tocsin.actions;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tocsin.cases.CaseAccess;
import org.tocsin.actions.targets.TargetUsage;
import org.tocsin.actions.targets.TargetUse;

/** Tells the directory of authorities which open UAs (drafts and issued ones) send members to a target. */
@Component
class OpenActionsUsingTarget implements TargetUsage {

    private final JdbcClient db;
    private final CaseAccess access;

    OpenActionsUsingTarget(JdbcClient db, CaseAccess access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public List<TargetUse> openActionsUsing(long targetId) {
        return db.sql("""
                        select a.id, a.code_scheme, a.code_base, a.sequence, a.title, a.status
                        from urgent_action_target ut join urgent_action a on a.id = ut.action_id
                        where ut.target_id = ? and a.status in ('draft', 'issued') and""" + " "
                        + access.visibleCase("a.case_id") + "\n" + """
                        order by a.deadline nulls last, a.id""")
                .param(targetId)
                .query((rs, row) -> new TargetUse(rs.getLong("id"),
                        CodeScheme.of(rs.getString("code_scheme")).display(rs.getString("code_base"), rs.getInt("sequence")),
                        rs.getString("title"), rs.getString("status")))
                .list();
    }
}
