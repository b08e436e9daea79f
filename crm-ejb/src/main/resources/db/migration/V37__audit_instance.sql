-- The server instance that wrote each audit entry (in a deployment group, which one); none on earlier entries.
ALTER TABLE audit_entry ADD COLUMN instance VARCHAR(200);
