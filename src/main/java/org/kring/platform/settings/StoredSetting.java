package org.kring.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One setting an admin stored: it overrides the environment's value of the same MicroProfile Config name. */
@Entity
@Table(name = "stored_setting")
public class StoredSetting {

    @Id
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    protected StoredSetting() {
    }

    public StoredSetting(String name, String value, Instant updatedAt, long updatedBy) {
        this.name = name;
        this.value = value;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void change(String value, Instant at, long by) {
        this.value = value;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
