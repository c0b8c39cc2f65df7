-- Issue 14: authors' portraits and tenants' logo and icon as image assets (ids of
-- dateline_image_asset rows, V10). No foreign key: an asset may be deleted while still referred to,
-- and pages then show no image rather than fail.
alter table dateline_directory_entry add column photo_id uuid;

alter table dateline_tenant add column logo_id uuid;
alter table dateline_tenant add column icon_id uuid;
alter table dateline_tenant add column twitter_site varchar(16);
