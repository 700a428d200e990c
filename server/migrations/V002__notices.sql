-- Indexes for the notice workflow: forwarded notices (children of a notice), and the file
-- visibility check that looks up which notices and feedback carry a given file.
CREATE INDEX ix_notices_parent ON notices(parent_notice_id);
CREATE INDEX ix_notices_sent ON notices(sender_agency_id, sent_at);
CREATE INDEX ix_notice_attachments_file ON notice_attachments(file_id);
CREATE INDEX ix_feedback_attachments_file ON feedback_attachments(file_id);
CREATE INDEX ix_files_uploader ON files(uploaded_by, id);
