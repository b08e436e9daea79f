package io.crm.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A platform user as the CRM knows them: the login name is the id; the team decides team-scoped visibility. */
@Entity
@Table(name = "crm_user")
public class CrmUser {

    @Id
    private String id;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "team_id")
    private String teamId;

    protected CrmUser() {}

    public CrmUser(String id, String displayName, String teamId) {
        this.id = id;
        this.displayName = displayName;
        this.teamId = teamId;
    }

    public void change(String newDisplayName, String newTeamId) {
        displayName = newDisplayName;
        teamId = newTeamId;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String teamId() {
        return teamId;
    }
}
