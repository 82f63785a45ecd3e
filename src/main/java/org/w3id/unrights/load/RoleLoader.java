package org.w3id.unrights.load;

import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code roles}: a person holding a post (a mandate, an embassy, a ministry), or a state holding a seat on a
 * body (a member of the Security Council), over a period.
 */
public final class RoleLoader implements SectionLoader {
    @Override
    public String section() {
        return "roles";
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(Kind.ROLE, item, "key").ifPresent(role -> {
            out.fact(role, Unr.Role, item);
            if (item.required("holder") != null) {
                out.actor(role, Std.orgMember, item, "holder");
            }
            if (item.required("title") != null) {
                out.english(role, Unr.roleTitle, item, "title");
            }
            out.ref(role, Unr.mandate, item, "mechanism", Kind.MECHANISM);
            out.actor(role, Std.orgOrganization, item, "organization");
            out.date(role, Unr.startDate, item, "from");
            out.date(role, Unr.endDate, item, "to");
            out.count(role, Unr.ordinal, item, "ordinal");
            out.bool(role, Unr.former, item, "former");
            out.english(role, Unr.summary, item, "summary");
        });
    }
}
