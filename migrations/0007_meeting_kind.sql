-- Appointments are a video call or a meeting at the office.
ALTER TABLE meetings ADD COLUMN kind text NOT NULL DEFAULT 'video' CHECK (kind IN ('video', 'in_person'));
