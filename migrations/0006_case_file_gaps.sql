-- Closing gaps in the case file core.

-- TOTP replay protection: the time step (unix time / 30 s) of the last code accepted for the user.
-- A code whose step is not later than this one is refused, even inside its validity window.
-- integer holds time steps until the year 4000.
ALTER TABLE users ADD COLUMN totp_last_step integer;
