-- Demo companies (connected to the bundled sandboxes) are shared with every administrator and labelled.
ALTER TABLE companies ADD COLUMN demo boolean NOT NULL DEFAULT false;
