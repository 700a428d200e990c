-- Every uploaded file belongs to the object it is attached to, and /api/v1/files/{id} answers
-- with that object's permission and jurisdiction (issue 10 C). Inspection record photos were
-- only listed in inspection_record_items.photo_ids_json; this link table makes them findable
-- by file like the other owners (notice and feedback attachments, hidden-danger photos, risk
-- site plans). Rows of earlier records are filled at start-up (app/bootstrap.cpp), since the
-- JSON is read differently by SQLite and PostgreSQL.
CREATE TABLE IF NOT EXISTS inspection_record_photos (
  record_id BIGINT NOT NULL REFERENCES inspection_records(id),
  position  INTEGER NOT NULL,
  file_id   BIGINT NOT NULL REFERENCES files(id),
  PRIMARY KEY (record_id, position, file_id)
);
CREATE INDEX IF NOT EXISTS ix_inspection_record_photos_file ON inspection_record_photos(file_id);
-- The file's owners are looked up by file id.
CREATE INDEX IF NOT EXISTS ix_hidden_danger_photos_file ON hidden_danger_photos(file_id);
CREATE INDEX IF NOT EXISTS ix_risk_maps_file ON risk_maps(file_id);
