/** The team database's schema, one step per version; a step never changes once released (add a new one). */
export interface TeamMigration {
  version: number;
  sql: string;
}

const officerWrites = (table: string, by: string) =>
  `EXISTS (SELECT 1 FROM team_assignments a WHERE a.role = current_user AND a.country = ${table}.country) AND ${table}.${by} = current_user`;

const migration1 = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'country_desk_member') THEN
    CREATE ROLE country_desk_member NOLOGIN;
  END IF;
END $$;

CREATE TABLE team_assignments (
  role name NOT NULL,
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  PRIMARY KEY (role, country)
);

CREATE TABLE team_records (
  id text PRIMARY KEY,
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  record jsonb NOT NULL,
  revision integer NOT NULL CHECK (revision > 0),
  retired boolean NOT NULL DEFAULT false,
  updated_by name NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team_revisions (
  record_id text NOT NULL,
  revision integer NOT NULL CHECK (revision > 0),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  record jsonb NOT NULL,
  retired boolean NOT NULL DEFAULT false,
  updated_by name NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (record_id, revision)
);

CREATE TABLE team_changes (
  seq bigserial PRIMARY KEY,
  record_id text NOT NULL,
  revision integer NOT NULL CHECK (revision > 0),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  client_change_id text NOT NULL UNIQUE,
  changed_by name NOT NULL DEFAULT current_user,
  changed_at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT ON team_schema_version, team_assignments TO country_desk_member;
GRANT SELECT, INSERT, UPDATE ON team_records TO country_desk_member;
GRANT SELECT, INSERT ON team_revisions, team_changes TO country_desk_member;
GRANT USAGE ON SEQUENCE team_changes_seq_seq TO country_desk_member;

ALTER TABLE team_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_changes ENABLE ROW LEVEL SECURITY;

CREATE POLICY members_read ON team_records FOR SELECT TO country_desk_member USING (true);
CREATE POLICY officer_inserts ON team_records FOR INSERT TO country_desk_member WITH CHECK (${officerWrites('team_records', 'updated_by')});
CREATE POLICY officer_updates ON team_records FOR UPDATE TO country_desk_member
  USING (EXISTS (SELECT 1 FROM team_assignments a WHERE a.role = current_user AND a.country = team_records.country))
  WITH CHECK (${officerWrites('team_records', 'updated_by')});
CREATE POLICY members_read ON team_revisions FOR SELECT TO country_desk_member USING (true);
CREATE POLICY officer_inserts ON team_revisions FOR INSERT TO country_desk_member WITH CHECK (${officerWrites('team_revisions', 'updated_by')});
CREATE POLICY members_read ON team_changes FOR SELECT TO country_desk_member USING (true);
CREATE POLICY officer_inserts ON team_changes FOR INSERT TO country_desk_member WITH CHECK (${officerWrites('team_changes', 'changed_by')});
`;

/**
 * Version 2, for the sync: a change names the revision it was based on, and the server refuses one based on
 * a revision that is no longer the record's (it never overwrites); a revision carries what the desk needs
 * besides the record (its retirement, cited articles, who and when).
 */
const migration2 = `
ALTER TABLE team_changes ADD COLUMN based_on integer NOT NULL DEFAULT 0 CHECK (based_on >= 0);
ALTER TABLE team_revisions ADD COLUMN detail jsonb NOT NULL DEFAULT '{}';

CREATE FUNCTION team_refuse_stale_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current_revision integer;
BEGIN
  SELECT revision INTO current_revision FROM team_records WHERE id = NEW.record_id;
  IF coalesce(current_revision, 0) <> NEW.based_on OR NEW.revision <> NEW.based_on + 1 THEN
    RAISE EXCEPTION 'record % is at revision %, the change was based on %', NEW.record_id, coalesce(current_revision, 0), NEW.based_on
      USING ERRCODE = 'CD409', DETAIL = coalesce(current_revision, 0)::text;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER refuse_stale_change BEFORE INSERT ON team_changes FOR EACH ROW EXECUTE FUNCTION team_refuse_stale_change();
`;

export const teamMigrations: readonly TeamMigration[] = [
  { version: 1, sql: migration1 },
  { version: 2, sql: migration2 },
];

/** The newest schema this app knows. */
export const teamSchemaVersion = teamMigrations.length;
