-- Job title and department come from the directory when one is configured (never typed by the user).
ALTER TABLE declaration ADD COLUMN declarant_job_title VARCHAR(255);
ALTER TABLE declaration ADD COLUMN declarant_department VARCHAR(255);
