-- The office directory as other modules may read it: names of staff, teams and social areas.
-- `tenancy` owns teams and social areas and `auth` owns user accounts; other modules join these
-- views, never the tables (docs/modules.md). They show no credentials, and run with the caller's
-- rights (security_invoker), so row-level security applies as on the tables.
CREATE VIEW directory_users WITH (security_invoker = true) AS
  SELECT tenant_id, id, display_name, roles, disabled FROM users;
CREATE VIEW directory_teams WITH (security_invoker = true) AS
  SELECT tenant_id, id, name, kind, social_area_id FROM teams;
CREATE VIEW directory_social_areas WITH (security_invoker = true) AS
  SELECT tenant_id, id, code, name FROM social_areas;
GRANT SELECT ON directory_users, directory_teams, directory_social_areas TO lotse_app;
