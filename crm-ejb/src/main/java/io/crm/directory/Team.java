package io.crm.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sales or service team; teams form a tree through their parent. */
@Entity
@Table(name = "crm_team")
public class Team {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "parent_id")
    private String parentId;

    @Column(name = "manager_id")
    private String managerId;

    protected Team() {}

    public Team(String id, String name, String parentId, String managerId) {
        this.id = id;
        this.name = name;
        this.parentId = parentId;
        this.managerId = managerId;
    }

    public void change(String newName, String newParentId, String newManagerId) {
        name = newName;
        parentId = newParentId;
        managerId = newManagerId;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String parentId() {
        return parentId;
    }

    public String managerId() {
        return managerId;
    }
}
