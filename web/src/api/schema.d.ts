/**
 * Generated from docs/openapi.yaml by openapi-typescript (npm run gen:api). Do not edit: change the
 * spec and regenerate; npm run check:api (make test) fails while this file and the spec differ.
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password (登录)
         * @description Creates a session and returns its bearer token and CSRF token; also sets the
         *     `anjian_session` cookie (HttpOnly, SameSite=Strict, Path=/, Max-Age=43200, Secure when
         *     the server runs with secure cookies). Wrong credentials, an unknown user and a disabled
         *     account all answer 401. After too many failures within the policy window the username
         *     is locked (423) until the time named in the message.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; the session is revoked (退出登录) */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the session's CSRF token */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the caller's own password (修改密码)
         * @description The new password must satisfy the security policy (rules password_required,
         *     password_length, password_max_length, password_classes, password_contains_username on
         *     field new_password) and differ from the current one and the earlier ones,
         *     `password_history` of them in all (security policy, default 5; rule password_reused on
         *     new_password; only argon2id hashes are kept). A wrong old password
         *     answers 422 (field old_password, rule password_wrong). The user's other sessions are
         *     revoked; the current one stays signed in.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user accounts (用户列表)
         * @description Needs `user:manage` or `role:manage` (403 otherwise). Holders of `role:manage` and
         *     system-scope administrators see every account, other `user:manage` holders only
         *     accounts of agencies and enterprises inside their jurisdiction. Sorted by username.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user account (新建用户)
         * @description The new account has no roles (the security administrator grants them) and must change
         *     its password at first sign-in. Rules: username_format, username_taken (422, not 409),
         *     password rules on field `password`, phone_format, org_exclusive, agency_unknown,
         *     enterprise_unknown, org_required (an account of neither organisation needs system scope).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the user list as XLSX (用户列表.xlsx)
         * @description Same access rule and filters as GET /api/v1/users, without paging.
         */
        get: operations["exportUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Edit a user account (display name, phone, organisation)
         * @description Replaces display_name, phone and the organisation. The roles already granted must still
         *     fit the new organisation (rules role_scope_mismatch, regulator_role_needs_agency,
         *     enterprise_role_needs_enterprise, role_separation, admin_with_business_role on field
         *     roles); an
         *     administrator's account takes no organisation (rule admin_org on agency_id or
         *     enterprise_id).
         */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account (停用); its sessions are revoked
         * @description 422 rule self_disable for the caller's own account and last_admin when the account is
         *     the only active holder of an administrator role; 409 when already disabled.
         */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enable a disabled account (启用) */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password for an account (重置密码)
         * @description The user must change it at the next sign-in and all of the user's sessions are
         *     revoked. Accounts holding sec_admin or audit_admin are refused (422 rule
         *     admin_account_protected): those are reset on the server with
         *     `anjian user reset-password`. Password rules apply on field `password`.
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the roles of an account (授权, security administrator)
         * @description Rules on field roles: required, self_role_change (own account), role_unknown,
         *     role_separation (administrator roles cannot be combined with each other),
         *     admin_with_business_role (nor with business roles), role_scope_mismatch (regulator
         *     and enterprise roles together), regulator_role_needs_agency (regulator roles need an
         *     agency account), enterprise_role_needs_enterprise (enterprise roles an enterprise
         *     account), admin_org (administrator roles only on an
         *     account without agency or enterprise); `""` rule
         *     last_admin when the last active holder of an administrator role would lose it.
         */
        put: operations["setUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Built-in roles with their current permissions (a JSON array, not a page) */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{code}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the permissions of a role
         * @description Rules on field permissions: required, permission_unknown, permission_separation
         *     (the grant table of three-admin separation: the message names the permission and the
         *     roles that may hold it; see GET /api/v1/permissions `holders`), permission_lockout (an
         *     administrator role keeps its duty: sys_admin user:manage and org:manage, sec_admin
         *     role:manage and policy:manage, audit_admin audit:read), self_grant (nobody adds
         *     permissions to a role they hold), grantor_not_allowed (only sec_admin). An unknown
         *     role code answers 404. Sessions pick up the change at once.
         */
        put: operations["setRolePermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every built-in permission with its labels and the roles that may hold it */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current security policy (安全策略) */
        get: operations["getSecurityPolicy"];
        /**
         * Replace the security policy (all six fields required)
         * @description Out-of-range values answer 422 with rule `<field>_range`.
         */
        put: operations["updateSecurityPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every business setting with the value in force and its default (业务参数)
         * @description The keys of the registry (risk_assessment_config, hidden_danger_escalation,
         *     ledger_alerts, loss_reporting), each with the value in force, the default, whether it is overridden and
         *     who changed it last. A stored value that no longer validates is reported with
         *     `stored_invalid: true` and the default is in force.
         */
        get: operations["listBusinessSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A business settings key. */
                key: components["parameters"]["SettingKey"];
            };
            cookie?: never;
        };
        /** One business setting with its history of changes, latest first */
        get: operations["getBusinessSetting"];
        /**
         * Change a business setting; takes effect at once
         * @description The value is parsed and validated by the domain (a missing flat field keeps its default;
         *     the risk assessment configuration needs every field). Errors name the path inside the
         *     body, e.g. `value.ls.bands` with rule `bands_overlap` or `bands_gap`,
         *     `value.capacity_alert_percent` with rule `percent_range`, `value.x` with `config_field_unknown`.
         *     The settings row, the history entry and an audit entry (before/after) are written in
         *     one transaction.
         */
        put: operations["updateBusinessSetting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/{key}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A business settings key. */
                key: components["parameters"]["SettingKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the default back in force (the earlier value stays in the history) */
        post: operations["resetBusinessSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log entries, newest first (审计日志) */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit log as XLSX (审计日志.xlsx)
         * @description Same filters as the list, at most 100000 rows; when cut, the response carries
         *     `X-Export-Truncated: 100000`. The export itself is written to the audit log.
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain of the whole audit log (完整性校验) */
        get: operations["verifyAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Regions (行政区划) visible to the caller
         * @description System scope sees every region; a regulator its region subtree; an enterprise account
         *     only its own region; roles without business data (audit administrator) none.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a functional zone (功能区) under a prefecture-level city
         * @description The code is the city's code + 'Z' + the next number (370800Z4). 422 when the parent is not
         *     an active city (zone_parent_not_city, region_unknown, region_inactive) or the name is taken
         *     among the city's regions (zone_name_taken). Audited; appended to the zone's history.
         */
        post: operations["createZone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a functional zone (GB/T 2260 regions are not editable, region_not_zone) */
        put: operations["updateZone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a functional zone (409 when already inactive or while active enterprises or agencies are registered in it) */
        post: operations["deactivateZone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a functional zone (409 when already active) */
        post: operations["reactivateZone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A functional zone's changes, oldest first (append-only) */
        get: operations["getZoneHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API description (OpenAPI 3.0, YAML) as built into the server
         * @description The same text as docs/openapi.yaml of the server's release; import it into Swagger UI,
         *     Postman or Apifox. Signed-in users only. The UI's 接口文档 page lists its operations by tag.
         */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every enumeration with its Chinese and English labels (数据字典) */
        get: operations["getDictionaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/industry-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GB/T 4754 industry classes (国民经济行业分类), optionally searched */
        get: operations["listIndustryCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supervising agencies (监管部门) inside the caller's jurisdiction */
        get: operations["listAgencies"];
        put?: never;
        /** Register an agency (监管机构) for a region */
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename an agency or change its phone (the region is fixed) */
        put: operations["updateAgency"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an agency (never deleted; 409 when already inactive) */
        post: operations["deactivateAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate an agency (409 when already active) */
        post: operations["reactivateAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enterprises in the caller's jurisdiction (企业名录) */
        get: operations["listEnterprises"];
        put?: never;
        /**
         * Register an enterprise (企业登记)
         * @description Validation rules (all reported at once): name_required, name_length, name_encoding;
         *     uscc_required, uscc_length, uscc_charset, uscc_region, uscc_check_char (accepted when
         *     accept_uscc_warning is true; the enterprise then carries uscc_warning), uscc_duplicate
         *     (422, not 409); region_required, region_format, region_unknown, region_out_of_scope;
         *     industry_required, industry_invalid; industry_code_format, industry_code_unknown,
         *     industry_code_mismatch; scale_invalid; employees_range; phone_format; address_length,
         *     legal_representative_length, park_name_length (and *_encoding); latitude_range,
         *     longitude_range, coordinates_pair. `supervision` is derived from the industry.
         */
        post: operations["createEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the enterprise list as XLSX (企业名录.xlsx)
         * @description Same filters and sort as the list, without paging. The layout doubles as the import template.
         */
        get: operations["exportEnterprises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Empty import template as XLSX (企业导入模板.xlsx) */
        get: operations["getEnterpriseImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import enterprises from an .xlsx or .csv file (批量导入)
         * @description The body is the raw file; the format is recognised from the X-Filename extension and
         *     the content. Header cells may be the Chinese labels of the export or the English keys;
         *     the columns name, uscc, region_code and industry are required (422 rule column_missing).
         *     Every row is validated like POST /api/v1/enterprises (plus uscc_duplicate_in_file and
         *     number). With `mode=all` (default) nothing is imported if any row is bad; with
         *     `mode=valid_only` the good rows are imported. Row problems are reported in the 200
         *     body, not as a 422. An unreadable file answers 422 (field file, rule file_format or
         *     file_empty).
         *
         *     The file is read and checked row by row, so memory does not grow with the row count.
         *     The answer lists the first errors only (`serve --import-error-limit`, default 200) and
         *     counts all of them per rule and per field; when there were errors, the full list is
         *     kept as an .xlsx (at most 1,048,575 rows, one sheet) that the same account can fetch
         *     from GET /api/v1/enterprises/import-reports/{report_id} until `report_expires_at`.
         *     At most `serve --import-concurrency` imports (default 2) run at once per server; a
         *     further one answers 429 with `Retry-After` — the request is fine and may be sent again
         *     unchanged once a running import has finished.
         */
        post: operations["importEnterprises"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/import-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The full error list of an import as XLSX (企业导入错误明细.xlsx)
         * @description Columns 行号, 字段, 填写的值, 错误说明, Message. Only the account that ran the import,
         *     in the same jurisdiction scope, can fetch it, until it expires
         *     (`serve --import-report-hours`, default 24); anyone else, an expired or unknown id
         *     answers 404. Reports are files in DATA/import-reports, swept when an import starts
         *     (expired ones, then the oldest beyond `serve --import-report-max-mb`, default 256).
         */
        get: operations["getEnterpriseImportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise record (企业档案) */
        get: operations["getEnterprise"];
        /**
         * Replace an enterprise record (修改企业档案)
         * @description A full replacement validated like POST. Regulators need the region to stay inside
         *     their jurisdiction (region_out_of_scope). Enterprise accounts may edit only their own
         *     enterprise and cannot change uscc, region_code or industry (422 rule field_locked).
         */
        put: operations["updateEnterprise"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Change history of an enterprise from the audit log (newest first, at most 200) */
        get: operations["getEnterpriseHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an enterprise (注销); the reason is required */
        post: operations["deactivateEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate an inactive enterprise (恢复); a reason is optional */
        post: operations["reactivateEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responsibilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responsibility records in the caller's jurisdiction (安全生产责任体系)
         * @description Ordered by owner (region, agencies before enterprises), then id.
         */
        get: operations["listResponsibilities"];
        put?: never;
        /**
         * Add a responsibility record
         * @description The owner (agency or enterprise) must lie in the caller's jurisdiction (rule
         *     owner_out_of_scope); the id of the other owner kind must be absent (owner_mismatch).
         *     Other rules: required, owner_kind_invalid, kind_invalid, phone_format, max_length.
         */
        post: operations["createResponsibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responsibilities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export responsibility records as XLSX (安全生产责任体系.xlsx) */
        get: operations["exportResponsibilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responsibilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a responsibility record */
        put: operations["updateResponsibility"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responsibilities/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a responsibility record (records are never deleted) */
        post: operations["deactivateResponsibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notices sent or drafted by the caller's agency, newest first
         * @description Callers without an agency (enterprise and system accounts) get an empty page.
         */
        get: operations["listNotices"];
        put?: never;
        /**
         * Create a notice draft (起草通知)
         * @description Only agency accounts can send notices (403 otherwise). Recipients may be left out of a
         *     draft; sending needs at least one. Rules: required, max_length, date_invalid,
         *     deadline_past (feedback_deadline before today, China time), file_unknown (attachment
         *     not visible to the caller), recipient_out_of_scope, recipient_self,
         *     recipient_inactive, industry_invalid, unknown_field (on recipients.*).
         */
        post: operations["createNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the caller's agency's notices with their receipt figures as XLSX (通知列表.xlsx)
         * @description Same filters as GET /api/v1/notices, without paging.
         */
        get: operations["exportNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One notice with recipients, forward chain and forwards
         * @description Visible to the sending agency, and once sent to regulators above it.
         */
        get: operations["getNotice"];
        /**
         * Replace a draft of the caller's agency
         * @description 409 when the notice has already been sent. Same input rules as POST /api/v1/notices.
         */
        put: operations["updateNotice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a draft (下发); recipients and their users are notified
         * @description 409 when already sent; 422 rule recipients_empty when the selection resolves to no
         *     recipient, deadline_past when the deadline has passed meanwhile.
         */
        post: operations["sendNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind recipients that are not done yet (催办)
         * @description Only the sending agency may remind (403 for regulators who merely see the notice);
         *     drafts answer 409. Recipients already done (feedback submitted, or acknowledged when the
         *     notice has no feedback deadline) are skipped. Unknown recipient ids answer 422 rule recipient_unknown.
         */
        post: operations["remindNoticeRecipients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/recipients/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recipient status table of a notice as XLSX (通知回执-{id}.xlsx)
         * @description Columns name, kind, region code, status, read/acknowledged/feedback times, feedback text, feedback attachment count, reminders.
         */
        get: operations["exportNoticeRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notices received by the caller's agency or enterprise (收文), newest first */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the caller's received notices with their status as XLSX (收文列表.xlsx)
         * @description Same filters as GET /api/v1/inbox, without paging.
         */
        get: operations["exportInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a received notice; marks it read (已读) for accounts that can answer for it
         * @description The read receipt tells the sender that the recipient organisation has taken the notice
         *     in; only an account holding notice:feedback gives it. A read-only account
         *     (regulator_ro) opening the item writes nothing.
         */
        get: operations["getInboxItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge receipt (签收/回执)
         * @description 409 when already acknowledged.
         */
        post: operations["acknowledgeInboxItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit feedback (反馈); also acknowledges
         * @description Once only (409 afterwards). The sending agency's users are notified. Attachments must
         *     be visible to the caller (rule file_unknown).
         */
        post: operations["submitInboxFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward a received notice down the hierarchy (转发)
         * @description Agency recipients only (403 for enterprise recipients and non-agency accounts).
         *     Creates a child notice of the caller's agency; title, body, required_actions and
         *     feedback_deadline default to the original's, the original attachments are always
         *     carried, `recipients` is required. With `send: true` it is sent at once.
         */
        post: operations["forwardInboxItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an attachment (raw body)
         * @description The body is the file itself. Accepted types (Content-Type without parameters): PDF,
         *     Word (.doc/.docx), Excel (.xls/.xlsx), PNG, JPEG, plain text, ZIP. Rules: field
         *     filename (required, utf8_invalid, max_length 200, control_character), content_type
         *     (file_type), body (file_empty, file_content). The content is checked against the
         *     declared type (magic bytes): PNG 89 50 4E 47, JPEG FF D8 FF, PDF "%PDF-", .doc/.xls OLE2
         *     D0 CF 11 E0, .docx/.xlsx a ZIP holding [Content_Types].xml and word/ or xl/, ZIP "PK",
         *     plain text without NUL or other control bytes. Photos and site plans must be PNG or
         *     JPEG (image_required where they are used).
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description Answers with the read permission and jurisdiction of the object the file belongs to:
         *     notice attachment (notice:read; sender view or recipient of the sent notice), feedback
         *     attachment (notice:read; the recipient or the notice's sender view), hidden-danger
         *     photo (hidden_danger:read + scope), inspection record photo (inspection:read + scope),
         *     risk site plan (risk:read + scope). The uploader sees it only until it is attached;
         *     administrators see no business file; others get 404. Always sent as an attachment with
         *     the stored Content-Type.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first (站内通知) */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Number of unread notifications */
        get: operations["getUnreadNotificationCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification of the caller read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller's notifications read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * WebSocket for live notifications (not a Router route)
         * @description Handled by the HTTP server before the router: a WebSocket upgrade request on this path
         *     is authenticated with the `Authorization: Bearer` header, else the `anjian_session`
         *     cookie, else (browsers cannot set headers on WebSocket) the `token` query parameter.
         *     Without a valid session the server answers 401 with an Error body and closes. Once
         *     open, the server pushes text frames `{"type":"notification","notification":
         *     Notification,"unread":n}` (schema WsNotificationMessage); clients only send
         *     keep-alives (messages up to 64 KiB are read and ignored). A plain GET without upgrade
         *     reaches the router and answers 404.
         */
        get: operations["openNotificationSocket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's overview (工作台) */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's to-do counts (我的待办)
         * @description One item per kind of work the account's permissions and scope let it act on, most urgent kind first, each counted in SQL inside the caller's scope. A regulator (region scope): loss_incidents_open, major_hidden_dangers_overdue, major_hidden_dangers_to_close (hidden_danger:supervise), production_restarts_to_approve (halts still halted, hidden_danger:supervise), daily_inspections_missed (yesterday's company-level daily inspections), inbox_pending. An enterprise account: loss_incidents_open, stocktakes_to_approve (ledger:manage), daily_closes_unsigned and filings_due (ledger:write), hidden_dangers_to_handle (hidden_danger:handle), hidden_dangers_assigned, inspection_tasks_open (inspection:write), inbox_pending. `overdue` is the part of `count` already past its deadline.
         */
        get: operations["getTodo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/explosive-products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Civil-explosives product catalogue (民爆产品目录) and storage rules
         * @description The products the caller may see (the deployment's and those of enterprises in its scope; inactive ones flagged), each with unit, storage class, net explosive mass per unit and whether it is coded (GA 441); also the mixing rules and the dictionaries of store kinds, reasons and conditions.
         */
        get: operations["listExplosiveProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The product catalogue (民爆物品品种目录), paginated
         * @description The deployment's products and the enterprises' own products in the caller's scope (an enterprise sees the deployment's and its own; a regulator also those of the enterprises it supervises). Filters: keyword (code, name, brand, specification or manufacturer), kind, status, owner.
         */
        get: operations["listProducts"];
        put?: never;
        /** Add a product (an enterprise to its own catalogue, the system administrator to the deployment's) */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product list (same filters) as an Excel file */
        get: operations["exportProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product of the catalogue */
        get: operations["getProduct"];
        /** Edit a product (its owner only; the code never changes, nor the unit or coding of a product already in stores) */
        put: operations["updateProduct"];
        post?: never;
        /** Delete a product nothing names yet; a product named by a voucher, stock or a stocktake is refused (409) and can only be deactivated */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a product (停用) - no longer received into a store; its stock can still leave */
        post: operations["deactivateProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated product (启用) */
        post: operations["activateProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of the product, newest first, with the row before and after */
        get: operations["getProductHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stores (库房) in the caller's scope with rated limits and current totals */
        get: operations["listStores"];
        put?: never;
        /** Register a store of the caller's own enterprise */
        post: operations["createStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One store with its limits and totals */
        get: operations["getStore"];
        /**
         * Edit a store of the caller's own enterprise (name, kind; the rated limits only unchanged)
         * @description The rated capacity comes from the approved design (issue 15 §1): a body whose rated limits differ from the store's is refused, 422 capacity_regulator_approval_required (核定储量须经监管部门批准) on each changed field (rated_net_mass_kg, rated_pieces, product_limits.<id>); the change goes through requestStoreCapacityChange. Refused (quarantine_holds_non_normal) when a quarantine store holding waste, seized or unidentified goods would change kind, (store_name_duplicate). Audited as update with before and after.
         */
        put: operations["updateStore"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/storekeepers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's storekeepers, their assignment history and the enterprise's storekeeper accounts */
        get: operations["listStorekeepers"];
        put?: never;
        /** Assign a storekeeper {user_id}: an active ent_storekeeper of the store's enterprise (audited) */
        post: operations["assignStorekeeper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/storekeepers/{user_id}/unassignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a storekeeper's assignment (the row keeps its history; audited) */
        post: operations["unassignStorekeeper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/capacity-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's rated-capacity changes (核定库容变更), oldest first, each with its approving document */
        get: operations["getStoreCapacityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock of a store per product, code counts and capacity use */
        get: operations["getStoreStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posted vouchers (出入库单), newest first */
        get: operations["listVouchers"];
        put?: never;
        /**
         * Post a voucher (whole or not at all), confirmed by a second person
         * @description The caller is the storekeeper; `second_person` (username and password of another active
         *     account of the same enterprise holding ledger:write) confirms it (two-person custody,
         *     双人双锁). A wrong password, an unknown username and an account that may not confirm get
         *     one answer (second_person_invalid) and count towards that name's sign-in lockout
         *     (second_person_locked); the poster's own credentials answer second_person_same. Every rule is checked against the locked books; 422 lists every violation
         *     with its rule (capacity_net_mass, incompatible_storage, code_in_stock, ...). 409 when a
         *     concurrent voucher booked the same codes first.
         */
        post: operations["postVoucher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One voucher with its lines and codes */
        get: operations["getVoucher"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post the reversal voucher (冲销) of a posted voucher
         * @description Opposite direction (a transfer goes back), same lines and codes, checked like any voucher. A voucher is reversed at most once; a reversal is never reversed (409).
         */
        post: operations["reverseVoucher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/detonator-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trace a detonator code across stores and enterprises (追溯) */
        get: operations["traceDetonatorCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stocktakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stocktakes (盘点) in the caller's scope, newest first */
        get: operations["listStocktakes"];
        put?: never;
        /**
         * Count a store and get the variance against its books
         * @description Scanner typing as JSON (`store_id`, `codes`, `quantities`, `note`), or a scanner file as
         *     the raw body: `text/plain` (one code per line; commas, semicolons and tabs also separate),
         *     `text/csv` or XLSX (the column headed 编码 / code, else the first) with `store_id`,
         *     `quantities` (JSON object) and `note` in the query string and the file name in
         *     `X-Filename`. Every uncoded product on the books must be counted in `quantities`
         *     (product id → quantity in its unit); coded products are counted by code. The variance is
         *     computed against the store's books as of its last voucher (`book_voucher_id`) and stored
         *     (the counted set = those books − `missing_codes` + `extra_codes`). Only a storekeeper
         *     assigned to the store counts it: 422 `store_has_no_storekeeper` / `storekeeper_not_assigned`
         *     on field `store_id` otherwise. Missing codes, or an uncoded shortfall the settings key
         *     `loss_reporting` counts as a loss (default: any shortfall of a product with explosive
         *     mass), open the loss incident with the count (discovered at `counted_at`, the supervising
         *     regulators notified at once): its id is `loss_incident_id` of the 201 answer. Approval or
         *     rejection of the count neither opens nor closes it.
         */
        post: operations["createStocktake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stocktakes/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stocktake list (same filters) as an Excel file */
        get: operations["exportStocktakes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stocktakes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stocktake with its missing and extra codes, quantities and history */
        get: operations["getStocktake"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stocktakes/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a stocktake, posting its adjustment vouchers
         * @description By someone other than the counter (422 approver_same). Posts a `stocktake_loss` out
         *     voucher (missing codes, shortfalls) and a `stocktake_gain` in voucher (extra codes,
         *     surpluses) through the normal voucher rules and hash chain, the counter as storekeeper
         *     and the approver as second person; missing codes open a loss incident and notify the
         *     supervising regulators. 409 when already decided or when vouchers were posted to the
         *     store after the count. `extra_product_id` names the product of extra codes no voucher
         *     ever booked.
         */
        post: operations["approveStocktake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stocktakes/{id}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a stocktake (count again); nothing is posted
         * @description The reason is required (422 `rejection_reason_required` when blank); it is kept in the stocktake's history.
         */
        post: operations["rejectStocktake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loss-incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loss incidents (丢失被盗) in the caller's scope, newest first */
        get: operations["listLossIncidents"];
        put?: never;
        /** Report a loss or theft by hand; the supervising regulators are notified at once */
        post: operations["reportLossIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loss-incidents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loss-incident list (same filters) as an Excel file */
        get: operations["exportLossIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loss-incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One loss incident with its codes and events */
        get: operations["getLossIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loss-incidents/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the report to public security or the regulator (time and reference number) */
        post: operations["recordLossReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loss-incidents/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a loss incident once both reports are recorded */
        post: operations["closeLossIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/destruction-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Destruction plans (销毁方案) in the caller's scope, newest first */
        get: operations["listDestructionPlans"];
        put?: never;
        /** Register goods to destroy with the reason, method, place and planned date (登记造册 + 销毁实施方案) */
        post: operations["createDestructionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/destruction-plans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The destruction-plan list (same filters) as an Excel file */
        get: operations["exportDestructionPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/destruction-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One destruction plan with its goods and codes, both reports, the execution and every event */
        get: operations["getDestructionPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/destruction-plans/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the plan's report to the province-level authority or the county police; the supervising regulators are notified */
        post: operations["recordDestructionReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a case of boxes (or loose boxes) of detonators
         * @description `{"case_code"?, "product_id", "boxes":[{"box_code","codes":[...]} | {"box_code","first_code","count"}]}`;
         *     `first_code` + `count` generate consecutive serials as the producer packs them. Case and box codes are
         *     1-64 printable characters and never a valid GA 441 code. Afterwards, a case or box code scanned in a
         *     voucher line or a stocktake stands for every code inside it.
         */
        post: operations["registerPackaging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case or box with the codes inside */
        get: operations["getPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daily or monthly summary of a store (日清月结)
         * @description Per product the opening balance, in, out and closing of the day or month (China Standard Time), from the posted vouchers.
         */
        get: operations["storeSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Purchases of civil explosives with their filing to the county police (Art.24, buyer's side), late ones flagged */
        get: operations["listPurchaseFilings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-filings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The purchase filings list as an Excel file (same filter and scope) */
        get: operations["exportPurchaseFilings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}/purchase-filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the buyer's filing of a purchase with the county police {filed_at, reference, note?} (append-only, audited) */
        post: operations["recordPurchaseFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/daily-closes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every day of a month up to today with its vouchers and whether its summary is signed (日清) */
        get: operations["listDailyCloses"];
        put?: never;
        /** Sign a day's summary {date, note?}: an assigned storekeeper of the store or the enterprise's safety officer; appended, a later signature supersedes (audited) */
        post: operations["signDailyClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/daily-closes/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A day's signature: signed, whether the current figures still match the latest signature, every signature */
        get: operations["getDailyClose"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/summary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The daily or monthly summary as an Excel file */
        get: operations["exportStoreSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sale-filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outbound sales with their filing status (销售备案, Art.24), newest first
         * @description Each sale (not reversed) with the latest filing with the provincial authority and the county public security; `late` when not filed with both by the deadline (3 days counted as 民法典 art. 201 counts, from the day after the sale's China day to 24:00 of the third day).
         */
        get: operations["listSaleFilings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sale-filings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sales-filing list (same filters) as an Excel file */
        get: operations["exportSaleFilings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a sale's filing with the provincial authority or the county public security */
        post: operations["recordSaleFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Regulator view of every store in scope, with alerts and the stores that need attention first
         * @description Each store (as in GET /api/v1/stores) with `last_stocktake`, `open_loss_incidents`, `late_sale_filings`, `alerts`
         *     (`capacity_over_90`, `stocktake_overdue`, `loss_incident_open`, `sale_filing_late`) and `attention_weight`;
         *     `attention` lists the stores with alerts, heaviest first (open loss incident > capacity > late filing > overdue stocktake).
         */
        get: operations["ledgerOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description Answers any method; 503 while the server drains for shutdown.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz/node": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This cluster node's state
         * @description Issue 16: which node answered (also in the `X-Anjian-Node` header of every answer),
         *     whether it holds the periodic jobs' lease, whether it reaches the database. No
         *     authentication and nothing secret.
         */
        get: operations["getNodeHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text exposition format 0.0.4)
         * @description Per route (`method`, `route` = the pattern): anjian_http_requests_total by class
         *     2xx/4xx/5xx (plus `ANY`/`unmatched`) and the anjian_http_request_duration_seconds
         *     histogram. Not served on the public listener unless configured: on the metrics
         *     listener (`serve --metrics-listen ADDR:PORT`, which answers only /metrics and /healthz)
         *     without authentication, or on the public listener with `Authorization: Bearer <token>`
         *     (env ANJIAN_METRICS_TOKEN or `serve --metrics-token-file`). Answers any method.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-dangers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hidden dangers (隐患) in scope, filtered, newest first
         * @description Enterprises see their own, regulators their region subtree. All filters combine with AND; unknown values are 422 naming the field. `overdue=true` means open with the effective deadline (the earlier of the enterprise's and a listed supervision's) before today (China Standard Time).
         */
        get: operations["listHiddenDangers"];
        put?: never;
        /**
         * Report a hidden danger of the caller's enterprise (随手拍 or inspection finding)
         * @description Body {title, description?, location?, latitude?, longitude?, hazard_factor? (any code of the GB/T 13861-2022 tree, else 422 hazard_factor_invalid), accident_type? (GB 6441 01-20, else 422 accident_type_invalid), found_on?, photo_file_ids? (uploaded with POST /api/v1/files), source? (ad_hoc | inspection), inspection_record_id?, risk_unit_id?}. A cited inspection record or risk unit must be the enterprise's own (inspection_record_unknown, risk_unit_unknown — one answer for a missing id and another enterprise's). Starts in state reported; the enterprise's principals and safety officers are notified.
         */
        post: operations["reportHiddenDanger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-dangers/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A regulator registers a hidden danger referred by another department (转办) for an enterprise in its subtree
         * @description Body as for reporting plus enterprise_id and referral_department (both required). The enterprise cannot dismiss it.
         */
        post: operations["registerReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-dangers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as XLSX (same filters as the list; at most 50,000 rows) */
        get: operations["exportHiddenDangers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-dangers/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Regulator statistics over the subtree (found, closed, on-time rate, overdue, major under supervision) by child region, industry and month
         * @description Counts the hidden dangers found in the period (default the last 12 months). Each figure equals the total of the list with the matching filters (drill-down). Regions outside the caller's subtree are 404; enterprise accounts are 403.
         */
        get: operations["hiddenDangerStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-dangers/statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statistics as XLSX (same parameters; totals, then every breakdown incl. hazard factor and accident type) */
        get: operations["exportHiddenDangerStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-dangers/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** States, levels, sources, the GB/T 13861 hazard-factor tree (value, labels, parent), GB 6441 accident types and actions with zh and en labels */
        get: operations["hiddenDangerReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-dangers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One hidden danger with its full transition history, photos before/after, plan and the actions the caller may take now
         * @description A hidden danger of source `derived` (系统判定) was opened by the system from the data, assessed major at once and reported to the regulator; its `derivation` names the rule (工信部安全〔2024〕234号 item) and the record it rests on.
         */
        get: operations["getHiddenDanger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-dangers/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One step of the closed loop, driven by the hidden-danger state machine
         * @description Body {"action": assess | assign | submit_plan | list_supervision | rectify | verify_pass | verify_fail | regulator_signoff | regulator_reject | reassign | dismiss | report_congress, plus level, owner_user_id, measures, funds_fen, deadline, plan, regulator_deadline, evidence, photo_file_ids (after-photos, rectify only), reason; report_congress (major, the enterprise's report to the workers' congress) takes congress_reported_on, congress_method (meeting | written), congress_reporter, congress_minutes and congress_file_ids; assess also takes hazard_factor (GB/T 13861 code) and accident_type (GB 6441 01-20), refused with classify_assess_only on other actions}. Refusals are 422 naming the rule (transition_not_allowed, major_only, regulator_only, enterprise_only, manager_only, verifier_is_rectifier, plan_required, regulator_finding, congress_report_required, deadline_past, ...) in zh and en; read-only regulators get 403; out-of-scope ids 404. Every step is appended to the history with who, when and why.
         */
        post: operations["transitionHiddenDanger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/production-halts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Production halts (停产撤人, 山东省安全生产条例 Art.44) in scope, newest first, with the number of enterprises still halted */
        get: operations["listProductionHalts"];
        put?: never;
        /**
         * Record that workers were withdrawn and production halted because safety cannot be assured
         * @description Body {enterprise_id (a regulator's; an enterprise halts its own), scope, reason, halted_at? ("YYYY-MM-DD HH:MM" China time, not in the future; default now), hidden_danger_id?}. Enterprise managers and supervising regulators only (403 halt_forbidden otherwise). The regulator is notified.
         */
        post: operations["recordProductionHalt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/production-halts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One production halt with its history (halt, restart) and whether the caller may approve the restart */
        get: operations["getProductionHalt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/production-halts/{id}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The regulator approves the restart after its inspection (山东省安全生产条例 Art.44)
         * @description Body {inspected_on (YYYY-MM-DD, not before the halt nor after today), inspection (what the inspection found)}. Refusals are 422: restart_regulator_only (the enterprise cannot restart itself), halt_not_active, restart_before_halt; read-only regulators 403.
         */
        post: operations["approveProductionRestart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enforcement inspections (执法检查) in scope, newest first */
        get: operations["listEnforcementInspections"];
        put?: never;
        /**
         * Record an enforcement inspection with its rectification order (责令整改); each finding becomes a hidden danger of the enterprise (source enforcement)
         * @description Body {enterprise_id, kind? (routine | duty_emergency | special; default routine), inspected_on?, inspectors, summary?, order_no? (generated when absent), order_text?, order_deadline (required with findings), findings?: [{title, description?, location?, hazard_factor?, photo_file_ids?}], actions?: [{kind: penalty | suspension | warning, amount_fen?, suspension_from?, suspension_to?, decision_no?, description?, decided_on?, legal_basis (required for a penalty; a value of /reference legal_bases), legal_basis_text (for other)}], recheck_required? (findings close only after the regulator's re-check), planned_inspection_id? (the planned inspection of an annual plan this carries out: then done; planned_inspection_unknown unless open, of this enterprise and in scope)}. Without findings the inspection is a clean one and gives no order (order_without_findings). Errors name nested fields ("findings[0].title").
         */
        post: operations["createEnforcementInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-inspections/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as XLSX */
        get: operations["exportEnforcementInspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-inspections/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inspection kinds and the legal bases a penalty may cite (data lists) */
        get: operations["getEnforcementReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enforcement inspection with its order, findings (and their states) and actions; the rectification notice is printed from this */
        get: operations["getEnforcementInspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-inspections/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append an enforcement action (penalty, suspension, warning) to an inspection */
        post: operations["addEnforcementAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Annual enforcement inspection plans (年度监督检查计划) of the caller's agency and its subordinates, with planned, done and overdue counts */
        get: operations["listEnforcementPlans"];
        put?: never;
        /** The caller's agency's plan for a year: title and targets (kind, quarter 1-4, target_count) */
        post: operations["createEnforcementPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan with its targets, draws (with seeds), planned inspections (overdue flagged) and completion by month, quarter and inspector */
        get: operations["getEnforcementPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-plans/{id}/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Random draw (双随机): enterprise_count enterprises of the scope (key enterprises always included) and inspector_count inspectors of the agency; the seed is recorded */
        post: operations["drawEnforcementPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-draws/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recorded draw for publication (公开): seed, filters, pools, result and whether re-running it from the seed gives the same result */
        get: operations["getEnforcementDraw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Code lists (GB 6441 accident types, GB/T 13861 hazard factors, unit types, measure kinds, control levels, frequencies, levels with colours) and the configured LEC/LS tables and bands */
        get: operations["getRiskReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Risk analysis objects (风险分析对象) in scope */
        get: operations["listRiskObjects"];
        put?: never;
        /** Add a risk analysis object to the own enterprise's register */
        post: operations["createRiskObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a risk analysis object (before/after in the audit log) */
        put: operations["updateRiskObject"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-objects/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a risk analysis object (never deleted) */
        post: operations["deactivateRiskObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-objects/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated risk analysis object (audited) */
        post: operations["reactivateRiskObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Risk units in scope, highest level first; filters region, enterprise_id, level (major/high/moderate/low/none), unit_type, risk_object_id, q; paginated */
        get: operations["listRiskUnits"];
        put?: never;
        /** Add a risk unit (area/equipment/post; responsible department and person) */
        post: operations["createRiskUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-units/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The risk unit list with the same filters as .xlsx */
        get: operations["exportRiskUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A risk unit with its events, control measures and assessment history (404 outside scope) */
        get: operations["getRiskUnit"];
        /** Change a risk unit */
        put: operations["updateRiskUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-units/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a risk unit (never deleted) */
        post: operations["deactivateRiskUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-units/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated risk unit (audited) */
        post: operations["reactivateRiskUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-units/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess by LEC {method,L,E,C} or LS {method,L,S}: returns score and level (major/high/moderate/low) and records who assessed when; 422 names the field and lists the allowed values */
        post: operations["assessRiskUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-units/{id}/polygon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The unit's polygon on the site plan: {points:[[x,y],...]} with x, y fractions 0-1 (at least 3 points, or none) */
        put: operations["setRiskUnitPolygon"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-units/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a risk event (GB 6441 accident type, GB/T 13861 hazard factor) */
        post: operations["createRiskEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a risk event */
        put: operations["updateRiskEvent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-events/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a risk event */
        post: operations["deactivateRiskEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-events/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated risk event (audited) */
        post: operations["reactivateRiskEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-events/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a control measure (kind, control level, owner, inspection frequency); tasks are generated from it */
        post: operations["createControlMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/control-measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a control measure */
        put: operations["updateControlMeasure"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/control-measures/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a control measure (no more tasks) */
        post: operations["deactivateControlMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/control-measures/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated control measure (audited; its tasks are generated again) */
        post: operations["reactivateControlMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-maps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Four-colour risk map of enterprise {id}: plan size and the units with polygons and levels */
        get: operations["getRiskMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-maps/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The site plan image of enterprise {id} (scoped like the register) */
        get: operations["getRiskMapImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the own enterprise's site plan: {file_id (an uploaded PNG/JPEG), width, height} */
        put: operations["setRiskMapPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regional overview: per child region the enterprises by highest open risk level, and the enterprises with their highest level and unit counts */
        get: operations["getRiskOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-register/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise's 风险分级管控清单 as .xlsx under a two-row grouped header (风险点 / 风险事件 / 风险评价 / 管控措施 over their columns, merged cells); enterprise_id required for regulators */
        get: operations["exportRiskRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/major-hazards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Major hazard installations (重大危险源) with their three accountable people and check frequencies */
        get: operations["listMajorHazards"];
        put?: never;
        /** Register a major hazard installation */
        post: operations["createMajorHazard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/major-hazards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a major hazard installation */
        put: operations["updateMajorHazard"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/major-hazards/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a major hazard installation */
        post: operations["deactivateMajorHazard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/major-hazards/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated major hazard installation (audited; accountable checks are generated again) */
        post: operations["reactivateMajorHazard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checklist templates: the built-ins (company-level daily, fire-prevention special, concentrated rectification) and the own enterprise's */
        get: operations["listChecklists"];
        put?: never;
        /** Create a checklist {name, kind, items:[{content, requires_photo}]} */
        post: operations["createChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A checklist with its current items */
        get: operations["getChecklist"];
        /** Replace a checklist's name and items (old items are retired, kept for past records; built-ins are read-only) */
        put: operations["updateChecklist"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checklists/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an own checklist */
        post: operations["deactivateChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Standing duties that generate tasks from a checklist at a frequency */
        get: operations["listInspectionDuties"];
        /** Create or change the own enterprise's duty for a checklist {checklist_id, frequency, assignee_user_id, active}; a civil-explosives enterprise's company-level daily inspection (mandatory) answers 422 mandatory_duty_inactive / mandatory_duty_frequency when deactivated or set below daily */
        put: operations["putInspectionDuty"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's enterprise's active accounts {items:[{id, display_name, username}]}: who may be made duty assignee, measure owner or accountable person (enterprise accounts only, else 422) */
        get: operations["listInspectionAssignees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspection tasks (to-do list) with counts by status; filters status, source, mine, region, enterprise_id, from, to; paginated */
        get: operations["listInspectionTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-tasks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The task list with the same filters as .xlsx */
        get: operations["exportInspectionTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task with the items to check and, once done, its record */
        get: operations["getInspectionTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-tasks/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the inspection of an open task: {items:[{position, outcome pass|fail|not_applicable, note, photo_ids}], note}; 409 when the task is done or missed */
        post: operations["executeInspectionTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-records/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inspection record list with the same filters as .xlsx */
        get: operations["exportInspectionRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspection records in scope, filtered in SQL: region (regulators' subtree), enterprise_id, checklist_id, source task|ad_hoc, kind (checklist kind), from/to (inspected date, inclusive), inspector_user_id, inspector (part of the name), result pass|fail (failed=true = result=fail); paginated */
        get: operations["listInspectionRecords"];
        put?: never;
        /** An inspection outside the schedule with any visible checklist {checklist_id, items, note} */
        post: operations["createInspectionRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An inspection record with its items */
        get: operations["getInspectionRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-records/{id}/items/{position}/hidden-danger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A failed item of record {id} becomes a hidden danger in one step (source inspection; the item's content, note and photos; the risk unit and hazard factor class of a control-measure task); optional {title, location}; 409 when already reported */
        post: operations["reportInspectionFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The China working-day calendar of a year (节假日安排): its holidays and adjusted working days, the notice they follow, the year's working days and the history of changes */
        get: operations["getWorkingCalendar"];
        /** Replace a year's holidays and adjusted working days (system administrator); appended to the history and audited */
        put: operations["putWorkingCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accidents in the caller's scope, newest occurrence first, each with its grade and report deadlines */
        get: operations["listAccidents"];
        put?: never;
        /** The first report (快报, 493号令 art. 12 fields; may be incomplete). An enterprise account may omit enterprise_id. Answers the computed grade and deadlines; the agencies over the enterprise are notified. */
        post: operations["reportAccident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accident list (same filters) as an Excel file with the late minutes of each */
        get: operations["exportAccidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One accident with its report chain, versions, forwards and investigation deadlines */
        get: operations["getAccident"];
        /** Correct the facts (absent fields keep their values); re-grades, appends a version, re-notifies on a change of casualties or grade */
        put: operations["correctAccident"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A follow-up report (续报, art. 13) within 30 days of the accident (7 for road traffic and fire); re-grades and re-notifies */
        post: operations["followUpAccident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller's agency acknowledges and forwards up (one click); every step its level sends is done now */
        post: operations["forwardAccident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-danger-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hidden-danger reports (隐患排查治理情况统计分析报告): an enterprise's own in every state, a regulator's subtree submitted only; latest first */
        get: operations["listHiddenDangerReports"];
        put?: never;
        /**
         * Generate the enterprise's report of a quarter or a year: figures computed from its hidden dangers and frozen; a correction of a signed or submitted report is the next version
         * @description Enterprise accounts only (report_enterprise_only). Refusals: 422 period_not_ended (a period is reported from the day after its last day), quarter_not_allowed, range, required, kind_invalid; 409 report_draft_exists while a draft of the period is open.
         */
        post: operations["generateHiddenDangerReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-danger-reports/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regulator's overview of a period: every active enterprise of the subtree (scoped in SQL) with its submission status (on_time, late, pending, missing), the deadline with its source and the counts */
        get: operations["getHiddenDangerReportOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-danger-reports/overview/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The overview's rows (same filters) as an XLSX workbook */
        get: operations["exportHiddenDangerReportOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-danger-reports/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind the enterprises of the subtree (among enterprise_ids when given) that have not submitted the period's report: their principals and safety officers are notified; audited */
        post: operations["remindHiddenDangerReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-danger-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report with its figures, deadline, versions, events and what the caller may do (regulators read submitted reports only) */
        get: operations["getHiddenDangerReport"];
        /** Edit a draft's analysis (分析) and next measures (下一步措施), optionally recomputing its figures; 409 report_not_draft once signed */
        put: operations["editHiddenDangerReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-danger-reports/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The principal's signature: the authenticated ent_principal of the report's enterprise signs the content hash it was shown (recorded with the time); every other account 403 report_sign_principal_only
         * @description Body {content_hash}. 422 report_content_changed when the draft changed since; 422 required for an empty analysis or next measures; 409 report_not_draft.
         */
        post: operations["signHiddenDangerReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hidden-danger-reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a signed report to the regulator in direct charge (its users are notified); 409 report_not_signed */
        post: operations["submitHiddenDangerReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zero-report-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zero-report periods the caller's agency sees (its own region, those above and below it), newest first, with today's counts in its part */
        get: operations["listZeroReportPeriods"];
        put?: never;
        /** Declare a period (agency accounts); every enterprise in scope is notified (in-app and WebSocket) and reminded each day before the deadline */
        post: operations["declareZeroReportPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zero-report-periods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One period with the history of each day so far (reported, events, late, missing in the caller's part) */
        get: operations["getZeroReportPeriod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zero-report-periods/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A day's board (default today): counts, counts by region, and the enterprises of the caller's part of the scope (status filter; missing = in scope and not reported) */
        get: operations["getZeroReportBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zero-report-periods/{id}/board/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The day's board (same filters) as an Excel file */
        get: operations["exportZeroReportBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zero-report-periods/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One notification to every enterprise of the caller's part still missing on the day (default today); 409 when none is */
        post: operations["remindZeroReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zero-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An enterprise's report of a day (default today) — nothing_abnormal or an event with its text, optionally linked to an accident; after the deadline it is marked late with minutes; a second report of the day is a correction appended as a new version. A regulator records one told by phone with enterprise_id. */
        post: operations["fileZeroReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zero-reports/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise's periods in progress, today's state of each and the earlier days not reported */
        get: operations["getZeroReportToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accidents by grade, GB 6441 type, industry, child region and China month, and the reporting timeliness per sending agency, counted in SQL in the caller's scope */
        get: operations["getAccidentStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statistics (same filters) as an Excel file, one row per group and per agency */
        get: operations["exportAccidentStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{id}/investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The investigation of one accident — who leads by grade (art. 19), the report (60 + extension days) and approval (15/30 days) deadlines, the record, findings and history */
        get: operations["getAccidentInvestigation"];
        /** Record or revise the investigation (agencies at the leading level or above; 409 investigation_level_too_low); every version appended and audited */
        put: operations["putAccidentInvestigation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{id}/investigation/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an investigation finding (direct or indirect cause, violation, management defect), flagged for the credit list when credit_relevant; 409 investigation_missing before the record */
        post: operations["addAccidentFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{id}/investigation/findings/{finding_id}/hidden-danger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The finding becomes a hidden danger of the enterprise (source referral from the investigation team, through ReportHiddenDanger) in one click; 409 finding_already_converted */
        post: operations["accidentFindingToHiddenDanger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams, experts, equipment and materials in the caller's scope, each with its alerts (expiry / inspection due within the setting's days, or past) */
        get: operations["listEmergencyResources"];
        put?: never;
        /** An item of the caller's own enterprise or agency (history and audit) */
        post: operations["createEmergencyResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-resources/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The list (same filters) as an Excel file */
        get: operations["exportEmergencyResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-resources/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts per child region of the caller's (teams, members, experts, materials, expiring and expired items) */
        get: operations["getEmergencyResourceOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item with its history and whether the caller keeps it */
        get: operations["getEmergencyResource"];
        /** Revise an item of the caller's own (409 resource_not_own for another's) */
        put: operations["updateEmergencyResource"];
        post?: never;
        /** Remove an item of the caller's own (kept in history) */
        delete: operations["deleteEmergencyResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emergency plans in the caller's scope, each with its deadlines (filing, check, evaluation) and their sources */
        get: operations["listEmergencyPlans"];
        put?: never;
        /** A new plan of the caller's enterprise (draft) */
        post: operations["createEmergencyPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan list (same filters) as an Excel file with deadlines and days late */
        get: operations["exportEmergencyPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan with versions, reviews, filings, evaluations, status history and the caller's actions */
        get: operations["getEmergencyPlan"];
        /** Kind and title of a draft */
        put: operations["updateEmergencyPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new version (document, risk assessment, resource survey); the plan returns to draft */
        post: operations["addEmergencyPlanVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The review of the current version (评审 or 论证 by the enterprise's industry, art. 21-22) */
        post: operations["recordEmergencyPlanReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The principal signs and publishes (art. 24); the filing deadline starts */
        post: operations["publishEmergencyPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The filing package (art. 26), every file required */
        post: operations["submitEmergencyPlanFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}/filings/{filing_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The regulator in jurisdiction accepts and issues the filing number */
        post: operations["acceptEmergencyPlanFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}/filings/{filing_id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The regulator returns the filing with reasons */
        post: operations["returnEmergencyPlanFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An evaluation (评估, art. 35); a conclusion revision_required triggers a revision */
        post: operations["recordEmergencyPlanEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/emergency-plans/{id}/revision-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One of the six revision triggers of art. 36 → revision_required */
        post: operations["triggerEmergencyPlanRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drills in the caller's scope, latest first, with plans drilled, open problems and the results report's state */
        get: operations["listDrills"];
        put?: never;
        /** Record a drill (the enterprise's own plans, type, scenario, date, place, participants, photos judged by content, problems, evaluation); audited with its first history event */
        post: operations["recordDrill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The drill list (same filters) as an Excel file */
        get: operations["exportDrills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The emergency plans an enterprise may drill (an enterprise account omits enterprise_id), each with the day it counts from */
        get: operations["listDrillPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drill compliance of the caller's scope for a year — a regulator gets counts per child region and the enterprises with late drills; an enterprise account gets its own calendar (DrillEnterpriseCompliance) */
        get: operations["getDrillCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/compliance/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drill compliance of every enterprise in the caller's scope for a year (done, done late, due, late, the longest delay and what is late) as an Excel file */
        get: operations["exportDrillCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/compliance/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise's drill calendar for a year — the regime from its industry, each requirement with its source, each period's due date (moved off rest days) and status with days late */
        get: operations["getEnterpriseDrillCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One drill with its plans, photos, problems (and what each became), results report and history */
        get: operations["getDrill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The enterprise submits the results report (演练总结, 应急条例 art. 8); the agencies over it are notified; 409 drill_report_submitted */
        post: operations["submitDrillReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/report/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The regulator acknowledges the submitted results report; 409 drill_report_not_submitted / drill_report_acknowledged */
        post: operations["acknowledgeDrillReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/problems/{problem_id}/hidden-danger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The problem becomes a hidden danger of the enterprise (through the hidden-danger module's one entry point, found on the drill's date); once per problem (409 drill_problem_handled) */
        post: operations["drillProblemToHiddenDanger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drills/{id}/problems/{problem_id}/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The problem puts one of the drilled plans into "revision required" (88号令 art. 36 (5), source drill); once per problem */
        post: operations["drillProblemToRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The units that keep duty in the caller's scope (its own first): agencies, 民爆 and hazardous-chemicals enterprises, any unit with a roster */
        get: operations["listDutyUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of every unit of the caller's subtree over the next horizon_days (settings duty_coverage): gaps, overlaps, too-long stretches */
        get: operations["listDutyCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/coverage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The subtree's coverage problems (same filters) as an Excel file, one row per gap, overlap or stretch */
        get: operations["exportDutyCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's monthly calendar: pattern, shifts with leader, officers and phone, the unit's accounts, and what the caller may do */
        get: operations["getDutyCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's month as an Excel file */
        get: operations["exportDutyCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units/{id}/pattern": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the unit's shifts per day (班次: e.g. 08:00–20:00 / 20:00–08:00 or 3 × 8 h) and default duty phone; only the unit's own manager */
        put: operations["setDutyPattern"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a shift with its leader (带班领导) and officers (值班员) chosen from the unit's accounts */
        post: operations["createDutyShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units/{id}/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the pattern's shifts for every remaining day of a month that has none in that slot (people assigned afterwards) */
        post: operations["generateDutyMonth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units/{id}/copy-month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a month onto another (people included); the target's shifts on those days are cancelled (overwritten); days before today are left alone. dry_run answers the figures only */
        post: operations["copyDutyMonth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit's coverage over the next horizon_days: hour gaps without a leader or an officer, people on two overlapping shifts, stretches over max_consecutive_hours */
        get: operations["getDutyUnitCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/units/{id}/swaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit's swap requests, newest first, each with its history */
        get: operations["listDutySwaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One shift */
        get: operations["getDutyShift"];
        /** Replace a shift's times, phone and people (not after it ended) */
        put: operations["editDutyShift"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/shifts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a shift (kept, status cancelled) */
        post: operations["cancelDutyShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/shifts/{id}/swaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member of the shift asks to be replaced by to_user_id (with with_shift_id: an exchange of places); the unit's managers and the replacement are notified */
        post: operations["requestDutySwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/swaps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One swap with its history */
        get: operations["getDutySwap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/swaps/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit's manager approves: the people move on the shift(s), audited */
        post: operations["approveDutySwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/swaps/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit's manager refuses with a reason */
        post: operations["refuseDutySwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-rosters/swaps/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The requester withdraws an open request */
        post: operations["withdrawDutySwap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shifts in the caller's scope (managers and regulators), newest start first, with log counts, check-ins and handover state */
        get: operations["listDutyShifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's shifts open for duty now (details) and the caller's unit's shifts on duty now */
        get: operations["getCurrentDutyShifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts/log-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's duty log (值班日志) for a range of China days (at most 366) as an Excel file; an enterprise or agency account defaults to its own unit */
        get: operations["exportDutyLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One shift with its attendance, duty log (hash chain verified), handover, incoming handover and open items */
        get: operations["getOnShiftDesk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member checks in inside the window around the start (business setting duty_shift); after the grace it is late with its minutes */
        post: operations["checkInDutyShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member who checked in checks out; before the end it is an early leave with its minutes */
        post: operations["checkOutDutyShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts/{id}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append a duty log entry (timestamped by the server, hash-chained; corrections are new entries referring to the earlier one) */
        post: operations["appendDutyLogEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The outgoing shift hands over (once) with its open items; items still open carry on; the incoming shift is notified */
        post: operations["handOverDutyShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-shifts/{id}/handover/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The incoming shift acknowledges (签收) the handover of shift {id} (once) */
        post: operations["acknowledgeDutyHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spot-check rounds of the agencies in the caller's scope (no enterprise reads rounds), newest planned day first */
        get: operations["listDutySpotChecks"];
        put?: never;
        /** A round of the caller's agency — units picked by hand (unit_ids) or a random draw of `count` among the units in scope after the filters (双随机); the draw's seed and pool are stored and shown, so it re-runs */
        post: operations["createDutySpotCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-checks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rounds (same filters) as an Excel file, one row per unit checked with its last call */
        get: operations["exportDutySpotChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round with its units, who each has on duty now (the roster), every call, and whether the draw re-runs from its seed */
        get: operations["getDutySpotCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-checks/{id}/on-duty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The phone and the people on duty of the round's units (or one, item_id) at an instant (default now), from the duty roster's shift covering it; without one, the unit's registered phone */
        get: operations["getDutySpotCheckOnDuty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-checks/{id}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append a call to a unit of the round (only the agency that made it). An empty phone takes the roster's; a failed call opens a finding the unit must answer by the due day (business setting duty_spot_check, working-day calendar) */
        post: operations["recordDutySpotCheckCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-check-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings of failed calls in the caller's scope (an enterprise sees those addressed to it), newest first */
        get: operations["listDutySpotCheckFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-check-findings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The findings (same filters) as an Excel file */
        get: operations["exportDutySpotCheckFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-check-findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One finding with its appended history (opened, answered, returned, accepted) */
        get: operations["getDutySpotCheckFinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-check-findings/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The checked unit's explanation and measures (整改说明); open or returned findings only */
        post: operations["answerDutySpotCheckFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-check-findings/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The round's agency accepts the answer (final) */
        post: operations["acceptDutySpotCheckFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-spot-check-findings/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The round's agency returns the answer with its reason (text required); the unit answers again */
        post: operations["returnDutySpotCheckFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licence kinds (the three built in and the configured others) and the numbers of the setting `licences` */
        get: operations["getLicenceKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licences in the caller's scope, earliest end first, status as of today */
        get: operations["listLicences"];
        put?: never;
        /** The regulator records an existing licence (valid_to defaults to 3 years less a day, art. 9); history appended, the enterprise notified */
        post: operations["registerLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The licence list as Excel (same filters) */
        get: operations["exportLicences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One licence with its history, renewal window (art. 9), extension without re-review (no fatal accident) and applications */
        get: operations["getLicence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂扣 (art. 14): reason and document required; appended and audited, the enterprise notified */
        post: operations["suspendLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复 a suspended licence: reason required; appended and audited, the enterprise notified */
        post: operations["reinstateLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销 (art. 14): reason and document required; appended and audited, the enterprise notified */
        post: operations["revokeLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licence applications in the caller's scope, pending first, each with its art. 7 decision deadline */
        get: operations["listLicenceApplications"];
        put?: never;
        /** The enterprise applies (new, renewal inside its window, change); the art. 6 checklist is computed from the data and kept */
        post: operations["submitLicenceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application list as Excel */
        get: operations["exportLicenceApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application: the checklist at submission and now (or at the decision), the decision deadline, the history */
        get: operations["getLicenceApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The regulator decides (art. 7): approval refused while a condition fails; a refusal is written with its reasons and keeps the failed conditions */
        post: operations["decideLicenceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The enterprise withdraws a pending application */
        post: operations["withdrawLicenceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The art. 6 checklist of an enterprise as the data says today (an enterprise account omits enterprise_id) */
        get: operations["getLicenceConditions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/safety-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Safety evaluations (安全评价) in the caller's scope, latest first */
        get: operations["listSafetyEvaluations"];
        put?: never;
        /** Record a safety evaluation with its report file (judged by content) */
        post: operations["recordSafetyEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/safety-evaluations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Safety evaluations as Excel */
        get: operations["exportSafetyEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Warnings of the nightly conditions-lapsed sweep (许可条件预警) in the caller's scope, newest first — expired or missing licences (each with the major hidden danger it opened, 234号 item 1) and conditions of licences in force that no longer hold (安全生产许可证条例 art. 6, 14) */
        get: operations["listLicenceAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licence-alerts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The warnings (same filters) as an Excel file */
        get: operations["exportLicenceAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/industry-structure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Industry structure (行业结构, seed 003 §6(14)) — the electronic-detonator share of detonator output per child region of the caller's scope in a calendar year, derived from production vouchers and the catalogue's product kinds (electronic_detonator vs detonator) */
        get: operations["getIndustryStructure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hazardous workshops (危险工房定员定量) in the caller's scope with their design limits, stock and latest head count */
        get: operations["listWorkshops"];
        put?: never;
        /** Enter a workshop of a civil-explosives producer with its design limits and design document; runs the 四超 check */
        post: operations["createWorkshop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workshop list (same filters) as an Excel file */
        get: operations["exportWorkshops"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workshop with its versions (history) and its latest 50 head counts */
        get: operations["getWorkshop"];
        /** Change a workshop's facts (a new version appended, the old kept); runs the 四超 check */
        put: operations["editWorkshop"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a workshop (停用); a retired workshop takes no head counts and is not checked */
        post: operations["deactivateWorkshop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a retired workshop back in use */
        post: operations["reactivateWorkshop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/headcounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The number of people in the workshop now (check-in count, from a phone or a sensor feed); runs the 四超 check */
        post: operations["recordWorkshopHeadcount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/four-over-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 四超 cases found from the data (234号 item 4), newest first; each opened a major hidden danger */
        get: operations["listFourOverCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/four-over-cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 四超 cases (same filters) as an Excel file */
        get: operations["exportFourOverCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Veto rounds organised in the caller's region (enterprises see none), newest first */
        get: operations["listVetoRounds"];
        put?: never;
        /** An agency opens a round; the period defaults to the look-back of the kind in the business setting `veto` */
        post: operations["createVetoRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-rounds/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round list (same filters) as an Excel file */
        get: operations["exportVetoRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-rounds/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workbook template for importing applications (企业名称 | 申报人 | 申报项目) */
        get: operations["vetoImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round with its figures, the setting's look-back and source, and its history */
        get: operations["getVetoRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-rounds/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The agency adds an application by enterprise name (exact, active, under the round's region and the caller's scope) or id */
        post: operations["addVetoApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-rounds/{id}/applications/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Applications from a workbook (.xlsx or .csv, named by X-Filename); every row's enterprise must be found or nothing is written */
        post: operations["importVetoApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-rounds/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Checks every application of the round (facts read set-based); allowed until the round is confirmed */
        post: operations["checkVetoRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-rounds/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirms the results stating the figures the agency saw; 409 when they changed or an application is unchecked. Freezes the results under a SHA-256 hash. */
        post: operations["confirmVetoRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications in the caller's scope (an enterprise sees its own) with results and reasons */
        get: operations["listVetoApplications"];
        put?: never;
        /** An enterprise applies to a round open to it (the round's region covers the enterprise) */
        post: operations["submitVetoApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application list (same filters) with every reason, as an Excel file */
        get: operations["exportVetoApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-applications/open-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rounds open to the caller's enterprise */
        get: operations["openVetoRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/veto-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its result and every reason (record type and id to link) */
        get: operations["getVetoApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People in post of the enterprises in the caller's scope (人员资格, issue 15 §2) with their examination state (234号 item 3) and certificates */
        get: operations["listQualifiedPeople"];
        put?: never;
        /** A person of the caller's enterprise (enterprise accounts); principals and safety managers get their examination due day (appointment + 6 months, moved off a rest day) */
        post: operations["createQualifiedPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people list (same filters) as an Excel file */
        get: operations["exportQualifiedPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person with certificates, examinations, training and this year's class hours against the required ones */
        get: operations["getQualifiedPerson"];
        /** Correct a person in post; a new role or appointment day starts a new examination period */
        put: operations["updateQualifiedPerson"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-people/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The person leaves the post on left_on (not in the future) */
        post: operations["leaveQualifiedPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-people/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A certificate (kind, number, issuer, validity, optional scan uploaded first to /api/v1/files) */
        post: operations["addPersonCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-people/{id}/examinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An examination of a principal or safety manager (234号 item 3), dated between the appointment and today */
        post: operations["addPersonExamination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-people/{id}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A training session of an enterprise person (class hours 1–200) */
        post: operations["addPersonTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certificates of people in the caller's scope, the soonest ending first, with their state (valid, expiring within the first reminder's days, expired, revoked) */
        get: operations["listPersonCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-certificates/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificate list (same filters) as an Excel file */
        get: operations["exportPersonCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a certificate from today with a reason (kept, never deleted) */
        post: operations["revokePersonCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training records of the people in the caller's scope, newest first */
        get: operations["listTrainingRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The training list (same filters) as an Excel file */
        get: operations["exportTrainingRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualification-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enterprise's safety department and full-time safety managers (安全生产许可证条例 art. 6), its 234号 item 3 gaps, people in post and expiring certificates; enterprise accounts omit enterprise_id */
        get: operations["getQualificationSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/safety-department": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the caller's enterprise's safety department (安全生产管理机构) */
        put: operations["putSafetyDepartment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enforcement staff of the agencies in the caller's region with this year's class hours (seed 003 §7) */
        get: operations["listEnforcementStaff"];
        put?: never;
        /** An enforcement officer of the caller's agency (agency accounts) */
        post: operations["createEnforcementStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-staff/{id}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A training session of an officer of the caller's own agency */
        post: operations["addEnforcementStaffTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases in scope (an enterprise sees its own from the prior notice on); newest first */
        get: operations["listDishonestyEntries"];
        put?: never;
        /** A candidate entered by an agency with its evidence (the criteria not found in the data) */
        post: operations["enterDishonestyCandidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as Excel */
        get: operations["exportDishonestyEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nine criteria with their articles and the setting dishonesty_list in force with its source */
        get: operations["getDishonestyCriteria"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/dishonesty-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The publication (公示): published decisions whose term has not ended and that were not removed early; no sign-in */
        get: operations["getPublicDishonestyList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finds the candidates the data shows now (重大/特别重大 accidents, ≥2 较大 within 12 months, 瞒报/谎报 findings, vouchers without a licence in force); each once */
        post: operations["detectDishonestyCandidates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/accident-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regulator's findings that an accident was concealed or falsely reported */
        get: operations["listAccidentReportingFindings"];
        put?: never;
        /** Records a 瞒报/谎报 finding on an accident in scope; its candidate (第八条第（四）项) opens at once */
        post: operations["recordAccidentReportingFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry with its events, repairs, evidence and what the caller may do */
        get: operations["getDishonestyEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prior notice (告知) by the deciding agency; the defence period runs in working days (setting) */
        post: operations["noticeDishonestyEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/defence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records the party's defence (陈述申辩) with optional files */
        post: operations["recordDishonestyDefence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The written decision (列入决定) once the defence is recorded or its period is over; the term runs from the next day */
        post: operations["decideDishonestyEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publishes the decision (公示) on the public list, once */
        post: operations["publishDishonestyEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not listed (不予列入), with the reason */
        post: operations["dismissDishonestyEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Credit repair (信用修复) applied for by the listed enterprise with evidence, from the day it opens (after the minimum months listed) */
        post: operations["applyCreditRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/repairs/{repair_id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The deciding agency approves (removed early, from today) or refuses (note required) a pending application */
        post: operations["decideCreditRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/repairs/{repair_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revokes an approved repair found false: the entry is listed again with its original end */
        post: operations["revokeCreditRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/{id}/own-defence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The enterprise named in the notice submits its own defence (陈述申辩) with optional files, up to the last day of the defence period
         * @description Refused after defence_due_on (422 dishonesty_defence_closed on field defence, naming the last day). The deciding agency is notified; audited dishonesty_defence_submitted.
         */
        post: operations["submitOwnDishonestyDefence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edits an officer of the caller's own agency (name, post, phone, appointment); audited */
        put: operations["updateEnforcementStaff"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dishonesty-list/investigation-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accident-investigation findings flagged credit-relevant (调查发现，纳入失信依据) in scope, newest first, with the candidate entered from each */
        get: operations["listCreditRelevantInvestigationFindings"];
        put?: never;
        /** Enters, in one click, a candidate of other serious violations (11号令 第八条第（九）项) from a credit-relevant investigation finding, linked to its accident; once per finding */
        post: operations["enterDishonestyCandidateFromInvestigationFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/capacity-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's capacity change requests (库房核定储量变更申请), newest first */
        get: operations["listStoreCapacityRequests"];
        put?: never;
        /**
         * Request a change of the store's rated capacity (issue 15 §1) with the design document and a reason
         * @description The store keeps its rated limits until a regulator over its region approves. 422 rating_required, capacity_unchanged (rated_net_mass_kg), required (design_file_id, reason), file_unknown (design_file_id), capacity_request_pending (store_id), limit_below_stock. Audited as request_capacity_change; the supervising regulators are notified (store_capacity_requested).
         */
        post: operations["requestStoreCapacityChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store-capacity-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Capacity change requests in the caller's scope (the regulator's review list), newest first */
        get: operations["listCapacityRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store-capacity-requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The capacity change requests (same filters) as an Excel file */
        get: operations["exportCapacityRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store-capacity-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One capacity change request */
        get: operations["getCapacityRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store-capacity-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The regulator approves (with the approving document) or rejects (with reasons) a capacity change request
         * @description An approval changes the store's rated limits, appends the capacity history (the regulator's agency as issuer), is audited (approve; change_capacity on the store) and notified to the enterprise (store_capacity_decided); a rejection leaves the store as it was. 422 capacity_request_decided (status), required (document_number, approved_on, file_id; reason), approval_date_future, approval_before_request, kind_invalid (decision), file_unknown, limit_below_stock (the stock grew above the proposed rating), regulator_account_required.
         */
        post: operations["decideCapacityRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BusinessSetting: {
            key: string;
            label_zh: string;
            label_en: string;
            /** @description The value in force. */
            value: Record<string, never>;
            default: Record<string, never>;
            /** @description A value is stored for the key. */
            overridden: boolean;
            /** @description The stored value fails validation; the default is in force. */
            stored_invalid: boolean;
            changed_by_name: string | null;
            /** Format: date-time */
            changed_at: string | null;
            /** @description Only on the single-key answers; latest first, at most 100. */
            history?: {
                /** @enum {string} */
                action: "update" | "reset";
                /** @description The value stored; null for a reset. */
                value: Record<string, never> | null;
                changed_by: number | null;
                changed_by_name: string;
                /** Format: date-time */
                changed_at: string;
            }[];
        };
        CalendarDay: {
            /** Format: date */
            date: string;
            /**
             * @description holiday: 放假 (weekend days inside a holiday included); workday: 调休上班, a Saturday or Sunday worked.
             * @enum {string}
             */
            kind: "holiday" | "workday";
            /** @description The holiday (春节, 国庆节 ...); for a workday the holiday it makes up for. */
            name: string;
        };
        WorkingCalendarInput: {
            year: number;
            /** @description The notice the days follow. */
            source: string;
            days: components["schemas"]["CalendarDay"][];
        };
        WorkingCalendarYear: {
            year: number;
            /** @description The year has been entered (seeded or by the administrator). */
            published: boolean;
            source: string | null;
            updated_at: string | null;
            days: components["schemas"]["CalendarDay"][];
            holiday_count: number;
            workday_count: number;
            /** @description Working days of the year on this calendar. */
            working_days: number;
            /** @description The years entered. */
            years: number[];
            /** @description Latest first, at most 50. */
            history: {
                id: number;
                /** @description {source, days} before; {} for a new year. */
                before: Record<string, never>;
                after: Record<string, never>;
                changed_by: number | null;
                changed_by_name: string;
                /** Format: date-time */
                changed_at: string;
            }[];
        };
        ExplosiveCatalogue: {
            items: {
                id: string;
                kind: string;
                label_zh?: string;
                label_en?: string;
                /** @enum {string} */
                unit: "kg" | "piece" | "m";
                unit_label_zh?: string;
                unit_label_en?: string;
                storage_class: string;
                storage_class_label_zh?: string;
                net_explosive_mass_per_unit_kg: number;
                coded: boolean;
                ga441_codes?: boolean;
                catalogue_id?: number;
                brand?: string;
                specification?: string;
                display_name?: string;
                active?: boolean;
                /** @enum {string} */
                owner?: "deployment" | "enterprise";
            }[];
            /** @description The storage classes and which of them may share a magazine (the mixing rules). */
            storage_rules: {
                classes: {
                    id: string;
                    label_zh: string;
                    label_en: string;
                }[];
                mixing_groups: string[][];
            };
            store_kinds: Record<string, never>[];
            reasons: Record<string, never>[];
            conditions: Record<string, never>[];
        };
        /** @enum {string} */
        ProductKind: "industrial_explosive" | "electronic_detonator" | "detonating_cord" | "shock_tube" | "black_powder" | "ammonium_nitrate" | "semi_finished" | "detonator" | "raw_material";
        ProductInput: {
            /** @description [a-z][a-z0-9_]*, unique; on creation only (generated when absent); ignored by PUT. */
            code?: string;
            name: string;
            name_en?: string;
            kind: components["schemas"]["ProductKind"];
            brand?: string;
            specification?: string;
            manufacturer?: string;
            /** @enum {string} */
            unit: "kg" | "piece" | "m";
            net_mass_per_unit_g: number;
            /** @description A class of the storage rules (mixing rules), see GET /api/v1/explosive-products. */
            storage_class: string;
            /** @description Coded one by one with GA 441 codes (every detonator is). */
            coded?: boolean;
        };
        Product: {
            id: number;
            code: string;
            name: string;
            name_en?: string;
            /** @description Name with brand and specification, as a person reads it. */
            display_name?: string;
            kind: components["schemas"]["ProductKind"];
            kind_label_zh?: string;
            brand?: string;
            specification?: string;
            manufacturer?: string;
            /** @enum {string} */
            unit: "kg" | "piece" | "m";
            unit_label_zh?: string;
            net_mass_per_unit_g: number;
            storage_class: string;
            storage_class_label_zh?: string;
            coded: boolean;
            ga441_codes?: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            /** @enum {string} */
            owner: "deployment" | "enterprise";
            owner_enterprise_id?: number | null;
            owner_name?: string;
            created_at?: string;
            updated_at?: string;
        };
        ProductPage: {
            /** @description The storage classes a product may be mapped to (the mixing rules' classes). */
            storage_classes: {
                id: string;
                label_zh: string;
                label_en: string;
            }[];
            items: components["schemas"]["Product"][];
            total: number;
            page: number;
            page_size: number;
        };
        ProductHistory: {
            items: {
                id: number;
                /** @enum {string} */
                action: "create" | "update" | "deactivate" | "reactivate" | "delete";
                before?: Record<string, never> | null;
                after: Record<string, never> | null;
                changed_by?: number | null;
                changed_by_name?: string;
                changed_at: string;
            }[];
        };
        StoreInput: {
            name: string;
            /** @enum {string} */
            kind: "main_magazine" | "small_magazine" | "temporary_magazine" | "raw_material_store" | "intermediate_store" | "quarantine_store";
            rated_net_mass_kg?: number;
            rated_pieces?: number;
            /** @description Product id → limit in the product's unit. */
            product_limits?: {
                [key: string]: number;
            };
            /** @description createStore: the design document of the first rating, which is 待核定 (rating_pending) until a regulator approves its initial capacity request */
            design_file_id?: number;
        };
        /** @description Name and kind; the rated limits may be sent unchanged (a change is refused: capacity_regulator_approval_required, issue 15 §1). */
        StoreEdit: {
            name: string;
            /** @enum {string} */
            kind: "main_magazine" | "small_magazine" | "temporary_magazine" | "raw_material_store" | "intermediate_store" | "quarantine_store";
            rated_net_mass_kg?: number;
            rated_pieces?: number;
            product_limits?: {
                [key: string]: number;
            };
        };
        StoreRating: {
            rated_net_mass_kg: number | null;
            rated_pieces: number | null;
            product_limits: {
                [key: string]: number;
            };
        };
        StoreCapacityChange: {
            id: number;
            store_id: number;
            old: components["schemas"]["StoreRating"];
            new: components["schemas"]["StoreRating"];
            document_number: string;
            issuer: string;
            /** Format: date */
            approved_on: string;
            file_id: number | null;
            changed_by: number;
            changed_by_name: string;
            changed_at: string;
        };
        StoreCapacityHistory: {
            store_id: number;
            items: components["schemas"]["StoreCapacityChange"][];
        };
        Store: {
            id: number;
            enterprise_id: number;
            enterprise_name?: string;
            name: string;
            kind: string;
            kind_label_zh?: string;
            kind_label_en?: string;
            rated_net_mass_kg: number | null;
            rated_pieces: number | null;
            product_limits?: {
                [key: string]: number;
            };
            status?: string;
            holds_non_normal_goods?: boolean;
            /** @description No rated capacity (a store created before every store needed one): shown as 未核定库容 */
            rating_missing?: boolean;
            /** @description The first rating, entered at creation, awaits the regulator's approval: shown as 待核定 */
            rating_pending?: boolean;
            /** @description getStore only: the design capacity the latest valid licence lists for the store; differs warns when it is not the rated limit */
            licence_design?: {
                rated_net_mass_kg: number | null;
                rated_pieces: number | null;
                licence_id: number;
                licence_number: string;
                differs: boolean;
            } | null;
            net_mass_kg: number;
            pieces: number;
            capacity_use_percent?: number | null;
            created_at?: string;
        };
        StoreList: {
            items: components["schemas"]["Store"][];
        };
        StoreStock: components["schemas"]["Store"] & {
            code_count?: number;
            items?: {
                product_id?: string;
                label_zh?: string;
                unit?: string;
                quantity?: number;
                net_mass_kg?: number;
                code_count?: number;
                limit?: number;
                limit_use_percent?: number | null;
            }[];
        };
        /** @description The second person of two-person custody confirms with their own password. */
        SecondPerson: {
            username: string;
            password: string;
        };
        VoucherInput: {
            store_id: number;
            /** @enum {string} */
            direction: "in" | "out" | "transfer";
            /** @enum {string} */
            reason: "production" | "purchase" | "return" | "transfer_in" | "sale" | "issue" | "transfer_out" | "destruction";
            /** @description Receiving store of a transfer. */
            target_store_id?: number;
            counterparty?: components["schemas"]["Counterparty"];
            destruction?: components["schemas"]["DestructionExecution"];
            second_person: components["schemas"]["SecondPerson"];
            lines: {
                product_id: string;
                /** @description In the product's unit; for coded products defaults to the number of codes. */
                quantity?: number;
                codes?: string[];
                /** @enum {string} */
                condition?: "normal" | "waste" | "seized" | "unidentified";
                batch?: string;
            }[];
        };
        /** @description Required for out/sale (the buyer: name, uscc, licence_no = 购买许可证号), in/purchase (the seller: name, uscc, licence_no = 销售许可证号) and in/transfer_in, out/transfer_out (name, transport_licence_no = 运输许可证号); refused on other vouchers (counterparty_unexpected). uscc is checked as GB 32100 (uscc_length, uscc_charset, uscc_region, uscc_check_char). */
        Counterparty: {
            /**
             * @description In answers only.
             * @enum {string}
             */
            role?: "buyer" | "seller" | "transport";
            name?: string;
            uscc?: string;
            licence_no?: string;
            transport_licence_no?: string;
        } | null;
        ReversalInput: {
            second_person: components["schemas"]["SecondPerson"];
        };
        Voucher: {
            id: number;
            number: string;
            enterprise_id?: number;
            store_id: number;
            store_name?: string;
            target_store_id?: number | null;
            target_store_name?: string | null;
            direction: string;
            reason: string;
            reason_label_zh?: string;
            reversal: boolean;
            reverses_voucher_id?: number | null;
            reversed_by_voucher_id?: number | null;
            storekeeper?: Record<string, never>;
            second_person?: Record<string, never>;
            posted_at: string;
            hash: string;
            prev_hash?: string;
            code_count?: number;
            line_count?: number;
            counterparty?: components["schemas"]["Counterparty"];
            /**
             * @description The counterparty the voucher's reason calls for ('' none).
             * @enum {string}
             */
            counterparty_role?: "" | "buyer" | "seller" | "transport";
            lines?: {
                line_no?: number;
                product_id?: string;
                label_zh?: string;
                unit?: string;
                quantity?: number;
                condition?: string;
                batch?: string;
                code_count?: number;
                codes?: string[];
            }[];
        };
        VoucherPage: {
            items: components["schemas"]["Voucher"][];
            total: number;
            page: number;
            page_size: number;
        };
        StocktakeInput: {
            store_id: number;
            /** @description Codes as scanned (double scans are counted once and reported). */
            codes?: string[];
            /** @description Counted quantity of each uncoded product on the books. */
            quantities?: {
                [key: string]: number;
            };
            note?: string;
        };
        Stocktake: {
            id: number;
            number: string;
            store_id: number;
            store_name?: string;
            enterprise_id?: number;
            enterprise_name?: string;
            /** @enum {string} */
            method?: "scan" | "file" | "quantity";
            /** @enum {string} */
            status: "counted" | "approved" | "rejected";
            /** Format: date-time */
            counted_at?: string;
            book_voucher_id: number;
            book_code_count?: number;
            counted_code_count?: number;
            duplicate_scans?: number;
            missing_count: number;
            extra_count: number;
            quantity_difference_count?: number;
            matches: boolean;
            source_filename?: string;
            source_blake2b?: string;
            missing_codes?: string[];
            extra_codes?: string[];
            /** @description The product id of each missing code, in the order of missing_codes; named in code_products. */
            missing_code_product_ids?: string[];
            /** @description The product id of each extra code, in the order of extra_codes; empty for a code never booked. */
            extra_code_product_ids?: string[];
            /** @description Missing and extra codes per product. */
            code_products?: {
                product_id?: string;
                /** @description The catalogue's Chinese name. */
                product_name?: string;
                product_name_en?: string;
                missing?: number;
                extra?: number;
            }[];
            quantity_differences?: {
                product_id?: string;
                /** @description The catalogue's Chinese name. */
                product_name?: string;
                product_name_en?: string;
                book?: number;
                counted?: number;
                difference?: number;
            }[];
            adjustment_voucher_ids?: number[];
            loss_incident_id?: number | null;
        };
        StocktakePage: {
            items: components["schemas"]["Stocktake"][];
            total: number;
            page: number;
            page_size: number;
        };
        LossIncident: {
            id: number;
            number: string;
            enterprise_id?: number;
            store_id: number;
            stocktake_id?: number | null;
            /** @enum {string} */
            source?: "stocktake" | "manual";
            /** Format: date-time */
            discovered_at: string;
            /** @description Since discovery (until closure when closed). */
            elapsed_seconds: number;
            /** @description Detail only: the accident event the loss opened (issue 14 §4). */
            accident_id?: number | null;
            /** @enum {string} */
            status: "open" | "closed";
            code_count?: number;
            /** @description Product id → quantity missing (uncoded products). */
            quantities?: {
                [key: string]: number;
            };
            /** @description The same quantities with the catalogue's product names. */
            quantity_items?: {
                product_id?: string;
                product_name?: string;
                product_name_en?: string;
                unit?: string | null;
                quantity?: number;
            }[];
            /** @description The missing codes (detail only). */
            codes?: {
                code?: string;
                product_id?: string;
                product_name?: string;
                product_name_en?: string;
            }[];
            police_report?: {
                reported_at?: string;
                reference?: string;
            } | null;
            regulator_report?: {
                reported_at?: string;
                reference?: string;
            } | null;
        };
        /** @enum {string} */
        AccidentGrade: "ordinary" | "large" | "serious" | "especially_serious";
        AccidentInput: {
            /** @description Required for agency accounts; an enterprise account may omit it */
            enterprise_id?: number;
            /** @description What happened (required in a first report) */
            title?: string;
            /**
             * Format: date-time
             * @description Required in a first report
             */
            occurred_at?: string;
            /** @description GB 6441 code 01-20 */
            accident_type?: string;
            road_traffic?: boolean;
            address?: string;
            latitude?: number;
            longitude?: number;
            deaths?: number;
            /** @description Including acute industrial poisoning */
            serious_injuries?: number;
            missing?: number;
            direct_loss_yuan?: number;
            course?: string;
            measures?: string;
            note?: string;
        };
        AccidentDeadline: {
            key: string;
            /** @enum {string} */
            from: "enterprise" | "county" | "city" | "province";
            /** @enum {string} */
            to: "county" | "city" | "province" | "ministry";
            /** Format: date-time */
            due_at: string;
            /** Format: date-time */
            done_at: string | null;
            late_minutes: number;
            /** @enum {string} */
            status: "done" | "late_done" | "pending" | "overdue";
            source: string;
            source_en: string;
        };
        Accident: {
            id: number;
            number: string;
            enterprise_id: number;
            enterprise_name: string;
            title: string;
            accident_type?: string;
            accident_type_zh?: string;
            road_traffic?: boolean;
            address?: string;
            latitude?: number | null;
            longitude?: number | null;
            /** Format: date-time */
            occurred_at: string;
            deaths: number;
            serious_injuries: number;
            missing: number;
            direct_loss_yuan: number;
            course?: string;
            measures?: string;
            grade: components["schemas"]["AccidentGrade"];
            grade_basis: ("deaths" | "serious_injuries" | "direct_loss_yuan")[];
            /** Format: date-time */
            grade_since?: string;
            /** Format: date-time */
            reported_at?: string;
            reported_by?: components["schemas"]["IdName"];
            version: number;
            /** Format: date-time */
            updated_at?: string;
            loss_incident_id?: number | null;
            deadlines: components["schemas"]["AccidentDeadline"][];
            late_steps?: number;
            /** Format: date-time */
            follow_up_until: string;
            follow_up_open: boolean;
            /** @description county, city, province or ministry (an agency at the country root: it receives, it has nothing to forward) */
            forward_level?: string | null;
            can_forward?: boolean;
            reports?: {
                version?: number;
                /** @enum {string} */
                kind?: "first" | "correction" | "follow_up";
                facts?: Record<string, never>;
                grade?: components["schemas"]["AccidentGrade"];
                note?: string;
                /** Format: date-time */
                at?: string;
                by?: components["schemas"]["IdName"];
            }[];
            forwards?: {
                level?: string;
                agency?: components["schemas"]["IdName"];
                by?: components["schemas"]["IdName"];
                note?: string;
                /** Format: date-time */
                at?: string;
            }[];
            investigation?: {
                /** @enum {string} */
                leader?: "county" | "city" | "province" | "state_council";
                leader_zh?: string;
                /** Format: date-time */
                report_due_at?: string;
                extension_max_days?: number;
                approval_days?: number;
                source?: string;
            };
        };
        /** @enum {string} */
        EmergencyPlanKind: "comprehensive" | "special" | "onsite";
        /** @enum {string} */
        EmergencyPlanStatus: "draft" | "published" | "filing_submitted" | "returned" | "filed" | "revision_required";
        EmergencyPlanDeadline: {
            /** @enum {string} */
            key: "filing" | "check" | "evaluation";
            /** Format: date */
            due_on: string;
            /** Format: date */
            done_on?: string | null;
            late: boolean;
            days_late: number;
            /** @enum {string} */
            status: "pending" | "due_soon" | "overdue" | "done" | "done_late";
            source: string;
            source_en: string;
        };
        EmergencyPlanRevision: {
            /** @enum {string} */
            cause?: "law_changed" | "command_changed" | "risks_changed" | "resources_changed" | "drill_or_response" | "unit_decision";
            cause_zh?: string;
            cause_en?: string;
            /** @enum {string} */
            source_kind?: "drill" | "response" | "enterprise" | "evaluation" | "manual";
            source_id?: number | null;
            note?: string;
            /** Format: date-time */
            at?: string | null;
        };
        EmergencyPlan: {
            id: number;
            enterprise_id: number;
            enterprise_name: string;
            kind: components["schemas"]["EmergencyPlanKind"];
            title: string;
            status: components["schemas"]["EmergencyPlanStatus"];
            current_version: number;
            /** Format: date */
            published_on?: string | null;
            signed_by_name?: string;
            /** Format: date */
            filed_on?: string | null;
            filing_number?: string;
            /** @enum {string} */
            review_kind: "review" | "demonstration";
            deadlines: components["schemas"]["EmergencyPlanDeadline"][];
            filing_late: boolean;
            filing_days_late: number;
            deemed_filed: boolean;
            evaluation_due: boolean;
            evaluation_overdue: boolean;
            revision?: components["schemas"]["EmergencyPlanRevision"] | null;
            /** Format: date-time */
            updated_at?: string;
        };
        EmergencyPlanExpert: {
            name: string;
            organization?: string;
            title?: string;
            conflict_declared?: boolean;
            conflict_note?: string;
            withdrawn?: boolean;
        };
        EmergencyPlanFiling: {
            id: number;
            version_no: number;
            /** Format: date */
            published_on?: string;
            /** @enum {string} */
            status: "submitted" | "accepted" | "returned" | "withdrawn";
            application_file_id?: number;
            review_opinion_file_id?: number;
            plan_file_id?: number;
            risk_assessment_file_id?: number;
            resource_survey_file_id?: number;
            submitted_by?: components["schemas"]["IdName"];
            /** Format: date-time */
            submitted_at?: string;
            /** Format: date */
            submitted_on: string;
            decided_by_name?: string;
            agency_id?: number | null;
            agency_name?: string;
            /** Format: date-time */
            decided_at?: string | null;
            reasons?: string;
            filing_number?: string;
            /** Format: date */
            check_due_on?: string;
            check_source?: string;
            deemed_filed?: boolean;
        };
        EmergencyPlanDetail: components["schemas"]["EmergencyPlan"] & {
            versions: {
                version_no?: number;
                document_file_id?: number;
                risk_assessment_file_id?: number;
                resource_survey_file_id?: number;
                summary?: string;
                by?: components["schemas"]["IdName"];
                /** Format: date-time */
                at?: string;
            }[];
            reviews: {
                id?: number;
                version_no?: number;
                /** @enum {string} */
                review_kind?: "review" | "demonstration";
                /** Format: date */
                reviewed_on?: string;
                experts?: components["schemas"]["EmergencyPlanExpert"][];
                minutes_file_id?: number;
                conclusion?: string;
                by?: components["schemas"]["IdName"];
                /** Format: date-time */
                at?: string;
            }[];
            filings: components["schemas"]["EmergencyPlanFiling"][];
            evaluations: {
                id?: number;
                /** Format: date */
                evaluated_on?: string;
                /** @enum {string} */
                conclusion?: "no_revision" | "revision_required";
                cause?: string;
                cause_zh?: string;
                report_file_id?: number;
                note?: string;
                by?: components["schemas"]["IdName"];
                /** Format: date-time */
                at?: string;
            }[];
            events: {
                id?: number;
                from_status?: string;
                to_status?: string;
                action?: string;
                cause?: string;
                cause_zh?: string;
                source_kind?: string;
                source_id?: number | null;
                note?: string;
                by_name?: string;
                /** Format: date-time */
                at?: string;
            }[];
            actions: {
                edit?: boolean;
                add_version?: boolean;
                review?: boolean;
                publish?: boolean;
                submit_filing?: boolean;
                decide_filing?: boolean;
                evaluate?: boolean;
                trigger_revision?: boolean;
            };
            pending_filing_id?: number | null;
        };
        EmergencyPlanPage: {
            items: components["schemas"]["EmergencyPlan"][];
            total: number;
            page: number;
            page_size: number;
        };
        EmergencyPlanInput: {
            kind: components["schemas"]["EmergencyPlanKind"];
            title: string;
        };
        EmergencyPlanVersionInput: {
            document_file_id: number;
            risk_assessment_file_id: number;
            resource_survey_file_id: number;
            summary?: string;
        };
        EmergencyPlanReviewInput: {
            /** Format: date */
            reviewed_on: string;
            minutes_file_id: number;
            conclusion?: string;
            experts: components["schemas"]["EmergencyPlanExpert"][];
        };
        EmergencyPlanPublishInput: {
            /** Format: date */
            published_on: string;
        };
        EmergencyPlanFilingInput: {
            application_file_id: number;
            review_opinion_file_id: number;
            plan_file_id: number;
            risk_assessment_file_id: number;
            resource_survey_file_id: number;
        };
        EmergencyPlanReturnInput: {
            reasons: string;
        };
        EmergencyPlanEvaluationInput: {
            /** Format: date */
            evaluated_on: string;
            /** @enum {string} */
            conclusion: "no_revision" | "revision_required";
            cause?: string;
            report_file_id: number;
            note?: string;
        };
        EmergencyPlanTriggerInput: {
            /** @enum {string} */
            cause: "law_changed" | "command_changed" | "risks_changed" | "resources_changed" | "drill_or_response" | "unit_decision";
            note: string;
        };
        AccidentPage: {
            items: components["schemas"]["Accident"][];
            total: number;
            page: number;
            page_size: number;
        };
        LossIncidentPage: {
            items: components["schemas"]["LossIncident"][];
            total: number;
            page: number;
            page_size: number;
        };
        DestructionPlanInput: {
            /** @enum {string} */
            reason: "expired" | "deteriorated" | "waste" | "seized" | "other";
            description?: string;
            /** @description 销毁方法, e.g. 炸毁法 */
            method: string;
            place: string;
            /** Format: date */
            planned_on: string;
            items: {
                product_id: string;
                /** @description Uncoded products; a coded product's quantity is the number of its codes. */
                quantity?: number;
                codes?: string[];
            }[];
        };
        DestructionReport: {
            /** Format: date */
            reported_on?: string;
            receiving_unit?: string;
            document_number?: string;
            note?: string;
            /** Format: date-time */
            recorded_at?: string;
            recorded_by?: components["schemas"]["IdName"];
        } | null;
        DestructionPlan: {
            id: number;
            number: string;
            enterprise_id?: number;
            enterprise_name?: string;
            /** @enum {string} */
            reason: "expired" | "deteriorated" | "waste" | "seized" | "other";
            description?: string;
            method: string;
            place: string;
            /** Format: date */
            planned_on: string;
            /** @enum {string} */
            status: "draft" | "reporting" | "reported" | "closed";
            /** Format: date-time */
            created_at?: string;
            created_by?: components["schemas"]["IdName"];
            items: {
                product_id?: string;
                product_name?: string;
                product_name_en?: string;
                unit?: string | null;
                quantity?: number;
                code_count?: number;
                /** @description Detail only. */
                codes?: string[];
            }[];
            province_report?: components["schemas"]["DestructionReport"];
            police_report?: components["schemas"]["DestructionReport"];
            /** @description Recorded by the destruction voucher that executed (closed) the plan. */
            execution?: {
                voucher_id?: number | null;
                voucher_number?: string;
                supervisor_name?: string;
                supervisor_unit?: string;
                /** Format: date */
                destroyed_on?: string;
                result?: string;
                /** Format: date-time */
                recorded_at?: string;
            } | null;
            /** @description Detail only: created, reported_province, reported_police, closed (oldest first). */
            events?: {
                id: number;
                /** @enum {string} */
                kind: "created" | "reported_province" | "reported_police" | "closed";
                /** Format: date-time */
                at: string;
                by: components["schemas"]["IdName"];
                reported_on?: string;
                receiving_unit?: string;
                document_number?: string;
                voucher_id?: number | null;
                voucher_number?: string;
                supervisor_name?: string;
                supervisor_unit?: string;
                destroyed_on?: string;
                result?: string;
                note?: string;
            }[];
        };
        DestructionPlanPage: {
            items: components["schemas"]["DestructionPlan"][];
            total: number;
            page: number;
            page_size: number;
        };
        /** @description Required on a destruction voucher (destruction_plan_required): the plan it executes — of the enterprise (destruction_plan_unknown), with both reports recorded (destruction_province_report_missing, destruction_police_report_missing), not closed (409 destruction_plan_closed), the lines within its goods (destruction_goods_outside_plan, destruction_quantity_over_plan, destruction_code_outside_plan) — and who supervised the destruction. Refused on other vouchers (destruction_only_for_destruction). */
        DestructionExecution: {
            plan_id: number;
            supervisor_name: string;
            supervisor_unit: string;
            /**
             * Format: date
             * @description Not after today.
             */
            destroyed_on: string;
            result: string;
        };
        Package: {
            code: string;
            /** @enum {string} */
            kind: "case" | "box";
            case_code?: string | null;
            product_id: string;
            code_count: number;
            enterprise_id?: number;
            enterprise_name?: string;
            boxes?: {
                code?: string;
                code_count?: number;
            }[];
            codes: string[];
        };
        DailyCloseStatus: {
            date?: string;
            signed?: boolean;
            /** @description The latest signature's figures hash equals the day's current figures. */
            matches?: boolean;
            /** @description {id, date, voucher_count, figures_hash, signed_by {id, display_name}, signed_as (storekeeper | safety_officer), signed_at, note, supersedes_id} */
            latest?: Record<string, never> | null;
            /** @description Signatures of the day superseded by a later one. */
            correction_count?: number;
            /** @description Every signature of the day, newest first. */
            history?: Record<string, never>[];
        };
        StoreSummary: {
            store_id: number;
            store_name?: string;
            enterprise_name?: string;
            /** @enum {string} */
            period: "day" | "month";
            date: string;
            /** Format: date-time */
            from?: string;
            /** Format: date-time */
            to?: string;
            voucher_count?: number;
            /** @description A day's daily close (who signed, in which capacity, when); null for a month. */
            daily_close?: components["schemas"]["DailyCloseStatus"] | null;
            items: {
                product_id?: string;
                label_zh?: string;
                unit?: string;
                opening?: number;
                in?: number;
                out?: number;
                closing?: number;
            }[];
        };
        SaleFiling: {
            voucher_id: number;
            voucher_number?: string;
            enterprise_id?: number;
            enterprise_name?: string;
            store_id?: number;
            store_name?: string;
            /** Format: date-time */
            sold_at?: string;
            /**
             * Format: date-time
             * @description 24:00 China time of the period's last day: the sale's China day does not count, the 3 days start the next day (民法典 art. 201); a last day on a statutory rest day moves to the next working day of the calendar (art. 203).
             */
            deadline?: string;
            /**
             * Format: date
             * @description The period's last day (China calendar).
             */
            deadline_date?: string;
            /** @description The last day fell on a rest day and moved (民法典 art. 203, named in deadline_source). */
            deadline_moved?: boolean;
            /**
             * Format: date
             * @description Art. 201's last day before the move.
             */
            deadline_nominal_date?: string;
            /** @description The deadline as a person reads it, e.g. 12月9日24时前. */
            deadline_label?: string;
            deadline_label_en?: string;
            /** @description Where the deadline comes from (条例 art. 24, 民法典 art. 201; art. 203 when it moved), in Chinese. */
            deadline_source?: string;
            deadline_source_en?: string;
            /** @description 品种、数量: the voucher's products and quantities, e.g. 工业炸药 2 千克. */
            products_zh?: string;
            counterparty?: components["schemas"]["Counterparty"];
            province_filing?: {
                filed_at?: string;
                reference?: string;
            } | null;
            police_filing?: {
                filed_at?: string;
                reference?: string;
            } | null;
            /** @enum {string} */
            status: "pending" | "late" | "filed" | "filed_late";
            late: boolean;
        };
        CodeTrace: {
            code: string;
            ga441_valid?: boolean;
            in_stock: boolean;
            current_store: Record<string, never> | null;
            history: {
                voucher_id?: number;
                voucher_number?: string;
                direction?: string;
                reason?: string;
                reversal?: boolean;
                product_id?: string;
                enterprise_id?: number;
                enterprise_name?: string;
                from_store?: Record<string, never> | null;
                to_store?: Record<string, never> | null;
                at?: string;
            }[];
        };
        /**
         * @description Body of every 4xx/5xx answer.
         * @example {
         *       "code": "validation_failed",
         *       "message": "uscc: check character mismatch",
         *       "message_zh": "统一社会信用代码：校验位错误",
         *       "errors": [
         *         {
         *           "field": "uscc",
         *           "rule": "uscc_check_char",
         *           "message": "check character mismatch",
         *           "message_zh": "校验位错误"
         *         }
         *       ]
         *     }
         */
        Error: {
            /** @enum {string} */
            code: "bad_request" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "payload_too_large" | "validation_failed" | "locked" | "rate_limited" | "internal";
            /** @description English; for validation errors the first error as 'field: message'. */
            message: string;
            /** @description 简体中文. */
            message_zh: string;
            errors: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @description JSON field or query parameter name ("recipients.agency_ids" for nested keys); empty for the whole request. */
            field: string;
            /** @description Stable machine name of the violated rule, e.g. required, max_length, unknown_field, type, uscc_check_char. */
            rule: string;
            message: string;
            message_zh: string;
        };
        /** @description Generic page; each list narrows `items` with allOf. */
        Page: {
            items: unknown[];
            /**
             * Format: int64
             * @description Matching rows over all pages.
             */
            total: number;
            page: number;
            page_size: number;
        };
        /**
         * @description 行业类别. The first four are supervised (监管), the others only managed (行业管理).
         * @enum {string}
         */
        Industry: "civil_explosives_production" | "civil_explosives_sales" | "civil_aircraft" | "civil_ship" | "hazardous_chemicals" | "general";
        /**
         * @description supervision (监管) or industry_management (行业管理), derived from the industry.
         * @enum {string}
         */
        Supervision: "supervision" | "industry_management";
        /**
         * @description 企业规模 大/中/小/微; "" when not given.
         * @enum {string}
         */
        Scale: "large" | "medium" | "small" | "micro" | "";
        /**
         * @description country = the root 000000 中华人民共和国 (path '/', level 0), the ministry's level (部级); province 1, city 2, county and zone 3.
         * @enum {string}
         */
        RegionKind: "country" | "province" | "city" | "county" | "zone";
        /** @enum {string} */
        RoleCode: "sys_admin" | "sec_admin" | "audit_admin" | "regulator_rw" | "regulator_ro" | "ent_principal" | "ent_safety_officer" | "ent_storekeeper" | "ent_duty_officer";
        /** @enum {string} */
        PermissionCode: "enterprise:read" | "enterprise:write" | "enterprise:profile" | "enterprise:import" | "responsibility:read" | "responsibility:write" | "notice:read" | "notice:send" | "notice:feedback" | "agency:read" | "user:manage" | "org:manage" | "role:manage" | "policy:manage" | "audit:read" | "dashboard:read";
        /**
         * @description unread 未读, read 已读, acknowledged 已签收, feedback_submitted 已反馈, overdue 已逾期 (derived daily, China time).
         * @enum {string}
         */
        RecipientStatus: "unread" | "read" | "acknowledged" | "feedback_submitted" | "overdue";
        /**
         * @description principal 主要负责人, deputy 分管负责人, safety_officer 安全管理人员, internal_unit 内设机构, accountable_person 包保责任人, other 其他.
         * @enum {string}
         */
        ResponsibilityKind: "principal" | "deputy" | "safety_officer" | "internal_unit" | "accountable_person" | "other";
        OrgRef: {
            /** Format: int64 */
            id: number;
            name: string;
            region_code: string;
            /** @description An enterprise's industry category (行业类别); absent for an agency. The UI's menu follows it. */
            industry?: string;
        };
        IdName: {
            /** Format: int64 */
            id: number;
            name: string;
        };
        User: {
            /** Format: int64 */
            id: number;
            username: string;
            display_name: string;
            phone: string;
            /** @enum {string} */
            status: "active" | "disabled";
            /** Format: date-time */
            created_at: string;
            agency: components["schemas"]["OrgRef"] | null;
            enterprise: components["schemas"]["OrgRef"] | null;
            /** @description Region of the user's agency or enterprise. */
            region: {
                code: string;
                name: string;
                kind: components["schemas"]["RegionKind"];
            } | null;
            roles: components["schemas"]["RoleCode"][];
            /** @description Union of the roles' permissions, sorted. */
            permissions: components["schemas"]["PermissionCode"][];
        };
        UserPage: components["schemas"]["Page"] & {
            items?: components["schemas"]["User"][];
        };
        LoginRequest: {
            username: string;
            password: string;
        };
        LoginResponse: {
            /** @description Bearer token (64 characters). */
            token: string;
            /** @description Value for the X-CSRF-Token header of cookie sessions. */
            csrf_token: string;
            /** @description Idle timeout in seconds (the session ends after this long without use). */
            expires_in: number;
            must_change_password: boolean;
            user: components["schemas"]["User"];
        };
        MeResponse: {
            user: components["schemas"]["User"];
            csrf_token: string;
            must_change_password: boolean;
        };
        PasswordChange: {
            old_password: string;
            /** @description Must satisfy the SecurityPolicy (length, character classes, not containing the username). */
            new_password: string;
        };
        UserCreate: {
            username: string;
            display_name: string;
            /** @description Mobile (1xxxxxxxxxx) or landline (0537-2345678). */
            phone?: string;
            /** @description Where hidden-danger deadline reminders and escalations are e-mailed (rule email_format). */
            email?: string;
            password: string;
            /**
             * Format: int64
             * @description Exclusive with enterprise_id.
             */
            agency_id?: number;
            /** Format: int64 */
            enterprise_id?: number;
        };
        UserUpdate: {
            display_name: string;
            phone?: string;
            /** @description Where hidden-danger deadline reminders and escalations are e-mailed (rule email_format). */
            email?: string;
            /** Format: int64 */
            agency_id?: number;
            /** Format: int64 */
            enterprise_id?: number;
        };
        PasswordReset: {
            password: string;
        };
        UserRolesInput: {
            /** @description The complete new set (duplicates ignored); [] removes every role. */
            roles: components["schemas"]["RoleCode"][];
        };
        Role: {
            code: components["schemas"]["RoleCode"];
            label_zh: string;
            label_en: string;
            /** @enum {string} */
            scope: "system" | "regulator" | "enterprise";
            permissions: components["schemas"]["PermissionCode"][];
        };
        RolePermissionsInput: {
            permissions: components["schemas"]["PermissionCode"][];
        };
        PermissionList: {
            items: {
                code: components["schemas"]["PermissionCode"];
                label_zh: string;
                label_en: string;
                /** @description Held by administrators only (three-admin separation). */
                administrative: boolean;
                /** @description The roles that may hold it (the grant table). */
                holders: components["schemas"]["RoleCode"][];
            }[];
        };
        /** @description 安全策略 (等保 2.0). On PUT every field is required but password_history (absent keeps the current value). */
        SecurityPolicy: {
            password_min_length: number;
            /** @description Of lower-case, upper-case, digit, symbol. */
            password_min_classes: number;
            /** @description Failed sign-ins within the window that lock the username. */
            lockout_threshold: number;
            lockout_window_minutes: number;
            lockout_minutes: number;
            idle_timeout_minutes: number;
            /**
             * @description A new password may not equal the current one or the earlier ones, this many in all.
             * @default 5
             */
            password_history: number;
        };
        AuditEntry: {
            /** Format: int64 */
            id: number;
            /** Format: date-time */
            at: string;
            /** Format: int64 */
            actor_id: number | null;
            actor_name: string;
            ip: string;
            action: string;
            entity: string;
            entity_id: string;
            /** @description The record before the change (any JSON), or null. */
            before: unknown;
            /** @description The record after the change (any JSON), or null. */
            after: unknown;
            /** @description SHA-256 chaining this entry to the previous one. */
            hash: string;
        };
        AuditPage: components["schemas"]["Page"] & {
            items?: components["schemas"]["AuditEntry"][];
        };
        AuditVerifyResult: {
            ok: boolean;
            /** Format: int64 */
            checked: number;
            /** Format: int64 */
            first_broken_id: number | null;
            reason: string | null;
            reason_zh: string | null;
        };
        Region: {
            /** @description GB/T 2260 six-digit code, or a zone code such as 370800Z1 (city code + 'Z' + 1-999). */
            code: string;
            name: string;
            name_en: string;
            kind: components["schemas"]["RegionKind"];
            /** @description Empty for the country root 000000; a province's parent is 000000. */
            parent_code: string;
            level: number;
            /**
             * @description Only functional zones are ever inactive.
             * @enum {string}
             */
            status: "active" | "inactive";
        };
        ZoneCreateInput: {
            /** @description A prefecture-level city's code. */
            parent_code: string;
            name: string;
            name_en?: string;
        };
        ZoneUpdateInput: {
            name: string;
            name_en?: string;
        };
        RegionChange: {
            id: number;
            /** @enum {string} */
            action: "create" | "update" | "deactivate" | "reactivate";
            name: string;
            name_en: string;
            /** @enum {string} */
            status: "active" | "inactive";
            changed_by_name: string;
            /** Format: date-time */
            changed_at: string;
        };
        RegionChangeList: {
            items: components["schemas"]["RegionChange"][];
        };
        RegionList: {
            items: components["schemas"]["Region"][];
        };
        DictionaryItem: {
            value: string;
            label_zh: string;
            label_en: string;
        };
        Dictionaries: {
            industries: (components["schemas"]["DictionaryItem"] & {
                supervision: components["schemas"]["Supervision"];
            })[];
            supervision_types: components["schemas"]["DictionaryItem"][];
            scales: components["schemas"]["DictionaryItem"][];
            roles: components["schemas"]["DictionaryItem"][];
            permissions: components["schemas"]["DictionaryItem"][];
            enterprise_statuses: components["schemas"]["DictionaryItem"][];
            responsibility_kinds: components["schemas"]["DictionaryItem"][];
            notice_recipient_statuses: components["schemas"]["DictionaryItem"][];
            /** @description Every action the audit log records, with labels. */
            audit_actions: components["schemas"]["DictionaryItem"][];
            /** @description Every kind of object the audit log records, with labels. */
            audit_entities: components["schemas"]["DictionaryItem"][];
        };
        IndustryCode: {
            code: string;
            name_zh: string;
            name_en: string;
        };
        IndustryCodeList: {
            items: components["schemas"]["IndustryCode"][];
        };
        Agency: {
            /** Format: int64 */
            id: number;
            name: string;
            region_code: string;
            region_name: string;
            kind: components["schemas"]["RegionKind"];
            phone: string;
            /**
             * @description Changed by the system administrator (org:manage); only active agencies receive notices.
             * @enum {string}
             */
            status: "active" | "inactive";
        };
        AgencyCreate: {
            name: string;
            /** @description An existing region (GB/T 2260 code or zone code). */
            region_code: string;
            /** @description Mobile number or landline like 0537-1234567 (rule phone_format). */
            phone?: string;
        };
        AgencyUpdate: {
            name: string;
            phone?: string;
        };
        AgencyList: {
            items: components["schemas"]["Agency"][];
        };
        /** @description 一企一档 — one enterprise record. */
        Enterprise: {
            /** Format: int64 */
            id: number;
            name: string;
            /** @description 统一社会信用代码 (18 characters, upper case). */
            uscc: string;
            region_code: string;
            region_name: string;
            industry: components["schemas"]["Industry"];
            /** @description GB/T 4754 class, or "". */
            industry_code: string;
            supervision: components["schemas"]["Supervision"];
            scale: components["schemas"]["Scale"];
            address: string;
            legal_representative: string;
            contact_phone: string;
            /** Format: int64 */
            employees: number | null;
            park_name: string;
            latitude: number | null;
            longitude: number | null;
            /** @enum {string} */
            status: "active" | "inactive";
            /** @description Set when the user accepted a failing USCC check character. */
            uscc_warning: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description Create or full replacement. Absent optional strings are stored empty; absent numbers
         *     null. Strings are trimmed; the USCC is upper-cased and the scale lower-cased.
         */
        EnterpriseInput: {
            name: string;
            /** @description 统一社会信用代码 (GB 32100); the check character is verified. */
            uscc: string;
            /** @description An existing region inside the caller's jurisdiction. */
            region_code: string;
            industry: components["schemas"]["Industry"];
            /** @description GB/T 4754 class; civil explosives production must be 2671, civil aircraft 374x, civil ships 373x. */
            industry_code?: string;
            scale?: components["schemas"]["Scale"];
            address?: string;
            legal_representative?: string;
            /** @description Mobile (13x–19x, 11 digits) or landline such as 0537-2345678. */
            contact_phone?: string;
            park_name?: string;
            /** Format: int64 */
            employees?: number | null;
            /** @description Give latitude and longitude together (rule coordinates_pair). */
            latitude?: number | null;
            longitude?: number | null;
            /**
             * @description Store the record although the USCC check character does not match.
             * @default false
             */
            accept_uscc_warning: boolean;
        };
        EnterprisePage: components["schemas"]["Page"] & {
            items?: components["schemas"]["Enterprise"][];
        };
        EnterpriseHistory: {
            items: {
                /** Format: int64 */
                id: number;
                /** Format: date-time */
                at: string;
                actor_name: string;
                /** @description create, update, deactivate, reactivate, import. */
                action: string;
                /** @description The record before the change (any JSON), or null. */
                before: unknown;
                /** @description The record after the change (any JSON), or null. */
                after: unknown;
            }[];
        };
        DeactivateRequest: {
            /** @description Recorded in the audit log. */
            reason: string;
        };
        ReactivateRequest: {
            reason?: string;
        };
        ImportRowError: {
            /** @description Spreadsheet line number (the header is line 1). */
            line: number;
            field: string;
            rule: string;
            message: string;
            message_zh: string;
        };
        ImportResult: {
            /** @description Non-blank data rows. */
            total_rows: number;
            imported: number;
            skipped: number;
            /** @description All errors found (a row may have several). */
            error_count: number;
            /** @description Rows with at least one error. */
            error_rows: number;
            /** @description The first errors in file order (at most the server's import error limit, default 200). */
            errors: components["schemas"]["ImportRowError"][];
            /** @description True when error_count is larger than the errors listed. */
            errors_truncated: boolean;
            /** @description Every error counted by rule, most frequent first; message and message_zh are those of the rule's first error (some quote the value, e.g. the region code). */
            errors_by_rule: {
                rule: string;
                message: string;
                message_zh: string;
                count: number;
            }[];
            /** @description Every error counted by field (column), most frequent first. */
            errors_by_field: {
                field: string;
                /** @description The column title in the template (e.g. 统一社会信用代码). */
                label_zh: string;
                count: number;
            }[];
            /** @description Id for GET /api/v1/enterprises/import-reports/{id}; null when there were no errors (or the report could not be written). */
            report_id: string | null;
            /** @description Errors written to the report. */
            report_rows: number;
            /** @description True when there were more errors than one sheet holds (1,048,575). */
            report_truncated: boolean;
            /** @description When the report stops being downloadable (UTC, ISO 8601). */
            report_expires_at: string | null;
        };
        Responsibility: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            owner_kind: "agency" | "enterprise";
            /** Format: int64 */
            agency_id: number | null;
            /** Format: int64 */
            enterprise_id: number | null;
            owner_name: string;
            region_code: string;
            region_name: string;
            person_name: string;
            position: string;
            unit_name: string;
            kind: components["schemas"]["ResponsibilityKind"];
            phone: string;
            duties: string;
            /** @enum {string} */
            status: "active" | "inactive";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ResponsibilityInput: {
            /** @enum {string} */
            owner_kind: "agency" | "enterprise";
            /**
             * Format: int64
             * @description Required when owner_kind is agency, absent otherwise.
             */
            agency_id?: number;
            /**
             * Format: int64
             * @description Required when owner_kind is enterprise, absent otherwise.
             */
            enterprise_id?: number;
            person_name: string;
            position?: string;
            unit_name?: string;
            kind: components["schemas"]["ResponsibilityKind"];
            phone?: string;
            duties?: string;
        };
        ResponsibilityPage: components["schemas"]["Page"] & {
            items?: components["schemas"]["Responsibility"][];
        };
        File: {
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: int64 */
            size: number;
            mime: string;
            sha256: string;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @description Who receives a notice: explicit agencies and enterprises, plus the active enterprises
         *     of `region_codes` (subtree) — only those of `industries` when given — and with
         *     `include_agencies` the agencies of those regions. Everything must lie strictly inside
         *     the sender agency's subtree; the sender's own agency is never a recipient.
         */
        RecipientSelection: {
            agency_ids?: number[];
            enterprise_ids?: number[];
            region_codes?: string[];
            /** @description Needs region_codes. */
            industries?: components["schemas"]["Industry"][];
            /** @default false */
            include_agencies: boolean;
        };
        NoticeStats: {
            total: number;
            unread: number;
            read: number;
            acknowledged: number;
            feedback_submitted: number;
            overdue: number;
        };
        /** @description 通知. List items and detail both carry attachments; stats are left out in the inbox view. */
        Notice: {
            /** Format: int64 */
            id: number;
            title: string;
            body: string;
            required_actions: string;
            /** @description 文号 ("" when none). */
            document_number: string;
            /**
             * @description 紧急程度 (GB/T 9704) — normal 平件, urgent 加急, extra_urgent 特急.
             * @enum {string}
             */
            urgency: "normal" | "urgent" | "extra_urgent";
            /** Format: date */
            feedback_deadline: string | null;
            /** @enum {string} */
            status: "draft" | "sent";
            sender_agency: components["schemas"]["OrgRef"];
            sender_user: {
                /** Format: int64 */
                id: number;
                display_name: string;
            };
            /**
             * Format: int64
             * @description The notice this one forwards.
             */
            parent_notice_id: number | null;
            /** Format: int64 */
            parent_recipient_id: number | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            sent_at: string | null;
            attachments: components["schemas"]["File"][];
            stats?: components["schemas"]["NoticeStats"];
        };
        NoticeChainItem: {
            /** Format: int64 */
            id: number;
            title: string;
            /** Format: date-time */
            sent_at: string;
            sender_agency: components["schemas"]["IdName"];
        };
        NoticeChild: {
            /** Format: int64 */
            id: number;
            title: string;
            /** @enum {string} */
            status: "draft" | "sent";
            /** Format: date-time */
            sent_at: string | null;
            /** Format: int64 */
            parent_recipient_id: number;
            /** @description Number of recipients. */
            recipients: number;
            sender_agency: components["schemas"]["IdName"];
        };
        /** @description Sender view of a notice. */
        NoticeDetail: components["schemas"]["Notice"] & {
            recipient_selection: components["schemas"]["RecipientSelection"];
            recipients: components["schemas"]["Recipient"][];
            /** @description Ancestors of a forwarded notice, root first. */
            chain: components["schemas"]["NoticeChainItem"][];
            /** @description Forwards of this notice (sent ones, plus the viewer agency's drafts). */
            children: components["schemas"]["NoticeChild"][];
        };
        NoticeInput: {
            title: string;
            body: string;
            required_actions?: string;
            /** @description 文号, e.g. 济工信安〔2026〕12号. */
            document_number?: string;
            /**
             * @description 紧急程度 (GB/T 9704), default normal (平件); 422 urgency_invalid otherwise.
             * @enum {string}
             */
            urgency?: "normal" | "urgent" | "extra_urgent";
            /**
             * Format: date
             * @description YYYY-MM-DD, not before today (China time); null or "" for none.
             */
            feedback_deadline?: string | null;
            attachment_ids?: number[];
            recipients?: components["schemas"]["RecipientSelection"];
        };
        NoticePage: components["schemas"]["Page"] & {
            items?: components["schemas"]["Notice"][];
        };
        RemindRequest: {
            /** @description Recipient row ids; empty or absent = every recipient not yet done. */
            recipient_ids?: number[];
        };
        RemindResult: {
            reminded: number;
        };
        /** @description One receiving agency or enterprise of a sent notice (notice_recipients). */
        Recipient: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            notice_id: number;
            /** @enum {string} */
            recipient_kind: "agency" | "enterprise";
            /** Format: int64 */
            agency_id: number | null;
            /** Format: int64 */
            enterprise_id: number | null;
            name: string;
            region_code: string;
            status: components["schemas"]["RecipientStatus"];
            /** Format: date-time */
            read_at: string | null;
            /** Format: date-time */
            acknowledged_at: string | null;
            /** Format: date-time */
            feedback_at: string | null;
            feedback_text: string | null;
            feedback_attachments: components["schemas"]["File"][];
            reminded_count: number;
            /** Format: date-time */
            last_reminded_at: string | null;
        };
        InboxNoticeSummary: {
            /** Format: int64 */
            id: number;
            title: string;
            required_actions: string;
            /** @description 文号 ("" when none). */
            document_number: string;
            /**
             * @description 紧急程度 (GB/T 9704) — normal 平件, urgent 加急, extra_urgent 特急.
             * @enum {string}
             */
            urgency: "normal" | "urgent" | "extra_urgent";
            /** Format: date */
            feedback_deadline: string | null;
            /** Format: date-time */
            sent_at: string;
            /** Format: int64 */
            parent_notice_id: number | null;
            sender_agency: components["schemas"]["IdName"];
        };
        InboxItem: components["schemas"]["Recipient"] & {
            notice: components["schemas"]["InboxNoticeSummary"];
        };
        InboxPage: components["schemas"]["Page"] & {
            items?: components["schemas"]["InboxItem"][];
        };
        InboxDetail: {
            recipient: components["schemas"]["Recipient"];
            notice: components["schemas"]["Notice"] & {
                chain: components["schemas"]["NoticeChainItem"][];
            };
        };
        FeedbackInput: {
            text: string;
            attachment_ids?: number[];
        };
        ForwardInput: {
            /** @description Defaults to the original's. */
            title?: string;
            body?: string;
            required_actions?: string;
            /** @description 文号, e.g. 济工信安〔2026〕12号. */
            document_number?: string;
            /**
             * @description 紧急程度 (GB/T 9704), default the original's; 422 urgency_invalid otherwise.
             * @enum {string}
             */
            urgency?: "normal" | "urgent" | "extra_urgent";
            /**
             * Format: date
             * @description Defaults to the original's when absent; null or "" for none.
             */
            feedback_deadline?: string | null;
            /** @description Added to the original attachments. */
            attachment_ids?: number[];
            recipients: components["schemas"]["RecipientSelection"];
            /** @default false */
            send: boolean;
        };
        Notification: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "notice_received" | "notice_feedback" | "notice_reminder" | "loss_incident_opened" | "missed_daily_inspection" | "store_capacity_changed" | "enforcement_draw" | "emergency_resource_alert" | "plan_filing_submitted" | "plan_filing_decided";
            title: string;
            body: string;
            /** @description UI path, e.g. /inbox/12 or /notices/3. */
            link: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            read_at: string | null;
        };
        NotificationPage: components["schemas"]["Page"] & {
            items?: components["schemas"]["Notification"][];
        };
        NotificationRead: components["schemas"]["Notification"] & {
            unread: number;
        };
        UnreadCount: {
            unread: number;
        };
        ReadAllResult: {
            marked: number;
            /** @enum {integer} */
            unread: 0;
        };
        WsNotificationMessage: {
            /** @enum {string} */
            type: "notification";
            notification: components["schemas"]["Notification"];
            unread: number;
        };
        Todo: {
            /** @description UTC time the counts were taken */
            as_of: string;
            /** @enum {string} */
            account_kind: "regulator" | "enterprise" | "other";
            total: number;
            items: {
                /** @enum {string} */
                key: "loss_incidents_open" | "major_hidden_dangers_overdue" | "major_hidden_dangers_to_close" | "daily_inspections_missed" | "stocktakes_to_approve" | "daily_closes_unsigned" | "filings_due" | "hidden_dangers_to_handle" | "hidden_dangers_assigned" | "inspection_tasks_open" | "inbox_pending" | "production_restarts_to_approve" | "duty_spot_check_findings_to_answer" | "duty_spot_check_answers_to_review" | "store_capacity_requests_to_decide";
                count: number;
                overdue: number;
            }[];
        };
        Dashboard: {
            /** @description Callers with inspection:read — enterprises whose company-level daily inspection of yesterday (local day) was not done. */
            missed_daily_inspections?: {
                date?: string;
                count?: number;
                items?: {
                    enterprise_id?: number;
                    enterprise_name?: string;
                    region_code?: string;
                }[];
            };
            counts: {
                enterprises: number;
                active_enterprises: number;
                supervision: number;
                industry_management: number;
                notices_sent_30d: number;
                inbox_pending: number;
            };
            enterprises_by_region: {
                region_code: string;
                name: string;
                count: number;
            }[];
            enterprises_by_industry: {
                industry: components["schemas"]["Industry"];
                count: number;
            }[];
            /** @description Sent notices of the caller's agency with recipients not yet done. */
            notices_awaiting: {
                /** Format: int64 */
                notice_id: number;
                title: string;
                pending: number;
                overdue: number;
                /** Format: date */
                feedback_deadline: string | null;
                /** Format: date-time */
                sent_at: string;
            }[];
            /** @description Received notices still waiting for the caller's organisation. */
            inbox_pending: {
                /** Format: int64 */
                recipient_id: number;
                /** Format: int64 */
                notice_id: number;
                title: string;
                status: components["schemas"]["RecipientStatus"];
                /** Format: date */
                feedback_deadline: string | null;
                /** Format: date-time */
                sent_at: string;
                sender_agency: components["schemas"]["IdName"];
            }[];
        };
        HiddenDangerReportPeriodInput: {
            /** @enum {string} */
            period_kind: "quarter" | "year";
            year: number;
            quarter?: number;
        };
        HiddenDangerReportEdit: {
            analysis?: string;
            next_measures?: string;
            refresh_figures?: boolean;
        };
        /**
         * @description on_time (submitted by the deadline), late (after it), pending (not yet, deadline running), missing (not by the deadline).
         * @enum {string}
         */
        HiddenDangerReportSubmissionStatus: "on_time" | "late" | "pending" | "missing";
        HiddenDangerReportPeriod: {
            key: string;
            /** @enum {string} */
            kind: "quarter" | "year";
            year: number;
            quarter: number | null;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            label_zh: string;
            label_en: string;
        };
        /** @description Counted as 民法典 art. 201 counts (from the day after the period), moved off a rest day of the working-day calendar (art. 203); days from the setting hidden_danger_report_deadlines. */
        HiddenDangerReportDeadline: {
            /** Format: date */
            last_day: string;
            /** Format: date */
            nominal_last_day: string;
            moved: boolean;
            days_after: number;
            source_zh: string;
            source_en: string;
        };
        HiddenDangerReportLevels: {
            unassessed: number;
            ordinary: number;
            major: number;
            total: number;
        };
        /** @description Computed by the server at generation and frozen: found (found_on in the period), closed (closed_on in the period), open and overdue (open now, found by the period's end) by level; funds of those closed; the major hidden dangers. */
        HiddenDangerReportFigures: {
            /** Format: date */
            period_from?: string;
            /** Format: date */
            period_to?: string;
            /** Format: date */
            as_of?: string;
            found?: components["schemas"]["HiddenDangerReportLevels"];
            closed?: components["schemas"]["HiddenDangerReportLevels"];
            open?: components["schemas"]["HiddenDangerReportLevels"];
            overdue?: components["schemas"]["HiddenDangerReportLevels"];
            dismissed?: number;
            /** Format: int64 */
            funds_fen?: number;
            funds_recorded?: number;
            majors?: {
                /** Format: int64 */
                id: number;
                title: string;
                state: string;
                /** Format: date */
                found_on: string;
                /** Format: date */
                deadline: string | null;
                /** Format: date */
                closed_on: string | null;
                listed: boolean;
            }[];
        };
        HiddenDangerReport: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            enterprise_id: number;
            enterprise_name: string;
            period: components["schemas"]["HiddenDangerReportPeriod"];
            version: number;
            /** @enum {string} */
            state: "draft" | "signed" | "submitted";
            state_label_zh: string;
            figures?: components["schemas"]["HiddenDangerReportFigures"];
            /** Format: date-time */
            figures_at: string;
            analysis: string;
            next_measures: string;
            /** @description SHA-256 of the canonical text (period, version, figures, analysis, next measures). */
            content_hash: string;
            created_by_name: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            signed_by_name: string;
            /** Format: date-time */
            signed_at: string | null;
            signed_hash: string;
            submitted_by_name: string;
            /** Format: date-time */
            submitted_at: string | null;
        };
        HiddenDangerReportDetail: components["schemas"]["HiddenDangerReport"] & {
            deadline: components["schemas"]["HiddenDangerReportDeadline"];
            submission_status: components["schemas"]["HiddenDangerReportSubmissionStatus"];
            versions: {
                /** Format: int64 */
                id: number;
                version: number;
                state: string;
                signed_at: string | null;
                submitted_at: string | null;
            }[];
            events: {
                /** Format: int64 */
                id: number;
                /** @enum {string} */
                action: "generate" | "update" | "sign" | "submit";
                actor_name: string;
                /** Format: date-time */
                at: string;
                content_hash: string;
            }[];
            can_edit: boolean;
            can_sign: boolean;
            can_submit: boolean;
            can_correct: boolean;
        };
        HiddenDangerReportOverviewItem: {
            /** Format: int64 */
            enterprise_id: number;
            enterprise_name: string;
            region_code: string;
            region_name: string;
            status: components["schemas"]["HiddenDangerReportSubmissionStatus"];
            /** Format: date-time */
            first_submitted_at: string | null;
            /** Format: int64 */
            latest_report_id: number | null;
            submitted_versions: number;
        };
        HiddenDangerReportOverview: components["schemas"]["Page"] & {
            items?: components["schemas"]["HiddenDangerReportOverviewItem"][];
            period: components["schemas"]["HiddenDangerReportPeriod"];
            deadline: components["schemas"]["HiddenDangerReportDeadline"];
            counts: {
                enterprises: number;
                on_time: number;
                late: number;
                unsubmitted: number;
            };
        };
        ZeroReportCounts: {
            total: number;
            reported: number;
            nothing_abnormal: number;
            events: number;
            late: number;
            missing: number;
        };
        ZeroReportDeclaration: {
            title: string;
            /** @enum {string} */
            reason: "holiday" | "two_sessions" | "warning" | "other";
            /** Format: date */
            first_date: string;
            /** Format: date */
            last_date: string;
            /** @description HH:MM, China time */
            deadline_time: string;
            /** @description Daily reminder lead before the deadline (default 120) */
            remind_minutes?: number;
            /** @description The agency's region (default) or a region under it */
            region_code?: string;
            /** @description Empty means every industry */
            industries?: string[];
            note?: string;
        };
        ZeroReportPeriod: {
            /** Format: int64 */
            id: number;
            title: string;
            /** @enum {string} */
            reason: "holiday" | "two_sessions" | "warning" | "other";
            reason_zh: string;
            region_code: string;
            region_name: string;
            agency: components["schemas"]["IdName"];
            /** Format: date */
            first_date: string;
            /** Format: date */
            last_date: string;
            deadline_time: string;
            remind_minutes: number;
            industries: {
                value: string;
                label: string;
            }[];
            note: string;
            declared_by: components["schemas"]["IdName"];
            /** Format: date-time */
            declared_at: string;
            /** @enum {string} */
            state: "upcoming" | "current" | "ended";
            /** Format: date */
            today: string;
            /** @description Today's counts in the caller's part (current periods; null otherwise), as ZeroReportCounts */
            today_counts?: {
                total?: number;
                reported?: number;
                nothing_abnormal?: number;
                events?: number;
                late?: number;
                missing?: number;
            } | null;
            notified_enterprises?: number;
            enterprises?: number;
            can_remind?: boolean;
            days?: {
                /** Format: date */
                report_date?: string;
                /** Format: date-time */
                deadline_at?: string;
                overdue?: boolean;
                total?: number;
                reported?: number;
                events?: number;
                late?: number;
                missing?: number;
            }[];
        };
        ZeroReportPeriodPage: components["schemas"]["Page"] & {
            items?: components["schemas"]["ZeroReportPeriod"][];
        };
        ZeroReportBoardRow: {
            enterprise: {
                /** Format: int64 */
                id?: number;
                name?: string;
                region_code?: string;
                region_name?: string;
                industry?: string;
                industry_label?: string;
                contact_phone?: string;
            };
            /** @enum {string} */
            status: "missing" | "nothing_abnormal" | "event";
            content: string;
            /** Format: date-time */
            first_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
            late_minutes: number;
            version: number;
            /** Format: int64 */
            accident_id?: number | null;
        };
        ZeroReportBoard: components["schemas"]["Page"] & {
            items?: components["schemas"]["ZeroReportBoardRow"][];
            /** Format: date */
            date: string;
            /** Format: date-time */
            deadline_at: string;
            overdue: boolean;
            counts: components["schemas"]["ZeroReportCounts"];
            by_region: {
                region_code?: string;
                region_name?: string;
                total?: number;
                reported?: number;
                events?: number;
                late?: number;
                missing?: number;
            }[];
        };
        ZeroReportInput: {
            /** Format: int64 */
            period_id: number;
            /** @enum {string} */
            kind: "nothing_abnormal" | "event";
            /** @description Required for an event */
            content?: string;
            /**
             * Format: date
             * @description Default today (China); an earlier day of the period is accepted late
             */
            report_date?: string;
            /**
             * Format: int64
             * @description The accident this event was reported as
             */
            accident_id?: number;
            /**
             * Format: int64
             * @description Regulators only (a report told by phone)
             */
            enterprise_id?: number;
        };
        ZeroReportDay: {
            /** Format: date */
            report_date: string;
            /** Format: date-time */
            deadline_at: string;
            /** @enum {string} */
            status: "missing" | "nothing_abnormal" | "event";
            kind?: string | null;
            content: string;
            late_minutes: number;
            /** Format: date-time */
            first_at?: string | null;
            /** Format: int64 */
            accident_id?: number | null;
            version?: number;
            versions: {
                version?: number;
                kind?: string;
                content?: string;
                /** Format: int64 */
                accident_id?: number | null;
                late_minutes?: number;
                /** @enum {string} */
                channel?: "online" | "phone";
                /** Format: date-time */
                at?: string;
                by?: components["schemas"]["IdName"];
            }[];
        };
        AccidentStatGroup: {
            grade?: string;
            accident_type?: string;
            industry?: string;
            region_path?: string;
            month?: string;
            key?: string;
            label: string;
            count: number;
            deaths: number;
            serious_injuries: number;
            missing: number;
            /** Format: int64 */
            direct_loss_yuan: number;
        };
        AccidentTimeliness: {
            /**
             * Format: int64
             * @description null for the enterprises' own reports
             */
            agency_id: number | null;
            agency_name: string;
            /** @enum {string} */
            level: "enterprise" | "county" | "city" | "province";
            steps: number;
            on_time: number;
            late: number;
            overdue: number;
            pending: number;
            mean_late_minutes: number;
            max_late_minutes: number;
        };
        AccidentStatistics: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            region: string;
            totals: components["schemas"]["AccidentStatGroup"];
            by_grade: components["schemas"]["AccidentStatGroup"][];
            by_type: components["schemas"]["AccidentStatGroup"][];
            by_industry: components["schemas"]["AccidentStatGroup"][];
            by_region: components["schemas"]["AccidentStatGroup"][];
            by_month: components["schemas"]["AccidentStatGroup"][];
            timeliness: components["schemas"]["AccidentTimeliness"][];
        };
        AccidentDeadlineState: {
            /** Format: date-time */
            due_at: string;
            /** Format: date */
            last_day: string;
            /** @enum {string} */
            status: "done" | "late_done" | "pending" | "overdue";
            late_days: number;
        };
        AccidentInvestigationInput: {
            team_leader: string;
            team_members?: string;
            /** Format: date */
            started_on: string;
            /** @description At most the setting's investigation_extension_max_days (60) */
            extension_days?: number;
            /** @description Required with an extension */
            extension_reason?: string;
            /** Format: date */
            report_submitted_on?: string;
            /** Format: int64 */
            report_file_id?: number | null;
            /** Format: date */
            approved_on?: string;
            approval_document?: string;
            cause?: string;
            measures?: string;
        };
        AccidentFindingInput: {
            /** @enum {string} */
            kind: "direct_cause" | "indirect_cause" | "violation" | "management" | "emergency_response";
            title: string;
            description?: string;
            responsible?: string;
            credit_relevant?: boolean;
        };
        AccidentFinding: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "direct_cause" | "indirect_cause" | "violation" | "management" | "emergency_response";
            title: string;
            description: string;
            responsible: string;
            credit_relevant: boolean;
            /** Format: int64 */
            hidden_danger_id: number | null;
            hidden_danger_number: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            converted_at: string | null;
        };
        AccidentInvestigationRecord: {
            /** Format: int64 */
            id: number;
            team_leader: string;
            team_members: string;
            started_on: string;
            extension_days: number;
            extension_reason: string;
            report_submitted_on: string;
            report_file: components["schemas"]["IdName"] | null;
            approved_on: string;
            approval_document: string;
            cause: string;
            measures: string;
            lead_agency: components["schemas"]["IdName"] | null;
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        AccidentInvestigation: {
            /** Format: int64 */
            accident_id: number;
            number: string;
            grade: components["schemas"]["AccidentGrade"];
            /** Format: int64 */
            enterprise_id: number;
            enterprise_name: string;
            /** Format: date-time */
            occurred_at: string;
            /** @enum {string} */
            leader: "county" | "city" | "province" | "state_council";
            leader_zh: string;
            may_record: boolean;
            extension_max_days: number;
            investigation_days: number;
            approval_days: number;
            source: string;
            source_en: string;
            report_deadline: components["schemas"]["AccidentDeadlineState"];
            approval_deadline: components["schemas"]["AccidentDeadlineState"] | null;
            record: components["schemas"]["AccidentInvestigationRecord"] | null;
            findings: components["schemas"]["AccidentFinding"][];
            /** @description Plans a finding of kind emergency_response put into revision (88号令 art. 36(五)), by id. */
            revised_plans?: {
                /** Format: int64 */
                id: number;
                kind: string;
                title: string;
                status: string;
            }[];
            changes: {
                version: number;
                /** @enum {string} */
                action: "create" | "update" | "finding" | "finding_hidden_danger";
                data: {
                    [key: string]: unknown;
                };
                by: components["schemas"]["IdName"];
                /** Format: date-time */
                at: string;
            }[];
        };
        /** @enum {string} */
        EmergencyResourceCategory: "team" | "expert" | "material";
        /** @description team: kind full_time|part_time, members, leader, phone; expert: field, title, phone, unit; material: kind equipment|material, material_type, quantity, quantity_unit, location, expires_on, last_inspected_on, next_inspection_on */
        EmergencyResourceInput: {
            category: components["schemas"]["EmergencyResourceCategory"];
            name: string;
            kind?: string;
            members?: number;
            leader?: string;
            phone?: string;
            field?: string;
            title?: string;
            unit?: string;
            material_type?: string;
            quantity?: number;
            quantity_unit?: string;
            location?: string;
            expires_on?: string;
            last_inspected_on?: string;
            next_inspection_on?: string;
            note?: string;
        };
        EmergencyResourceAlert: {
            /** @enum {string} */
            kind: "expiry" | "inspection";
            /** Format: date */
            due_on: string;
            /** @enum {string} */
            level: "due_soon" | "past_due";
            days_left: number;
        };
        EmergencyResource: {
            /** Format: int64 */
            id: number;
            category: components["schemas"]["EmergencyResourceCategory"];
            name: string;
            kind: string;
            members: number;
            leader: string;
            phone: string;
            field: string;
            title: string;
            unit: string;
            material_type: string;
            quantity: number;
            quantity_unit: string;
            location: string;
            expires_on: string;
            last_inspected_on: string;
            next_inspection_on: string;
            note: string;
            owner: {
                /** @enum {string} */
                kind: "enterprise" | "agency";
                /** Format: int64 */
                id: number;
                name: string;
            };
            /** Format: int64 */
            enterprise_id: number | null;
            /** Format: int64 */
            agency_id: number | null;
            region_path: string;
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            alerts: components["schemas"]["EmergencyResourceAlert"][];
            /** @enum {string} */
            alert_level: "" | "due_soon" | "past_due";
            /** @description Detail and write answers only */
            can_edit?: boolean;
            /** @description Detail and write answers only */
            history?: {
                version: number;
                /** @enum {string} */
                action: "create" | "update" | "delete";
                data: {
                    [key: string]: unknown;
                };
                by: components["schemas"]["IdName"];
                /** Format: date-time */
                at: string;
            }[];
        };
        EmergencyResourcePage: components["schemas"]["Page"] & {
            items: components["schemas"]["EmergencyResource"][];
            due_soon_days: number;
        };
        EmergencyResourceOverview: {
            due_soon_days: number;
            /** Format: date */
            today: string;
            regions: {
                region_path: string;
                region_name: string;
                teams: number;
                team_members: number;
                experts: number;
                materials: number;
                due_soon: number;
                past_due: number;
            }[];
        };
        /** @enum {string} */
        DrillType: "tabletop" | "functional" | "full_scale";
        /** @enum {string} */
        DrillReportStatus: "none" | "submitted" | "acknowledged";
        /** @enum {string} */
        DrillPlanKind: "comprehensive" | "special" | "onsite";
        DrillInput: {
            /** @description Omitted by enterprise accounts */
            enterprise_id?: number;
            plan_ids: number[];
            drill_type: components["schemas"]["DrillType"];
            scenario: string;
            /** Format: date */
            drilled_on: string;
            place?: string;
            participant_count: number | null;
            participant_names?: string;
            evaluation?: string;
            effective?: boolean;
            photo_file_ids?: number[];
            problems?: string[];
        };
        DrillPlanRef: {
            plan_id: number;
            kind: components["schemas"]["DrillPlanKind"];
            kind_zh: string;
            title: string;
        };
        DrillPlanOption: {
            id: number;
            kind: components["schemas"]["DrillPlanKind"];
            kind_zh: string;
            title: string;
            status: string;
            /** Format: date */
            since: string;
        };
        Drill: {
            id: number;
            number: string;
            enterprise_id: number;
            enterprise_name: string;
            plans: components["schemas"]["DrillPlanRef"][];
            drill_type: components["schemas"]["DrillType"];
            drill_type_zh: string;
            scenario: string;
            /** Format: date */
            drilled_on: string;
            place: string;
            participant_count: number;
            participant_names: string;
            evaluation: string;
            effective: boolean;
            /** @description 应急条例 art. 8 (危险物品 units) */
            report_required: boolean;
            report_status: components["schemas"]["DrillReportStatus"];
            /** Format: date-time */
            report_submitted_at: string | null;
            /** Format: date-time */
            report_ack_at: string | null;
            problem_count: number;
            open_problem_count: number;
            /** Format: date-time */
            created_at: string;
            created_by: components["schemas"]["IdName"];
        };
        DrillDetail: components["schemas"]["Drill"] & {
            report: {
                status?: components["schemas"]["DrillReportStatus"];
                summary?: string;
                /** Format: date-time */
                submitted_at?: string | null;
                submitted_by?: components["schemas"]["IdName"] | null;
                /** Format: date-time */
                acknowledged_at?: string | null;
                acknowledged_by?: components["schemas"]["IdName"] | null;
                agency_name?: string;
                note?: string;
            };
            photo_file_ids: number[];
            problems: {
                id: number;
                position: number;
                description: string;
                /** @enum {string} */
                action: "" | "hidden_danger" | "revision";
                hidden_danger_id: number | null;
                plan_id: number | null;
                /** Format: date-time */
                acted_at: string | null;
                acted_by_name: string;
            }[];
            history: {
                /** @enum {string} */
                kind: "recorded" | "report_submitted" | "report_acknowledged" | "problem_hidden_danger" | "problem_revision";
                note: string;
                /** Format: date-time */
                at: string;
                by: components["schemas"]["IdName"];
            }[];
            can_submit_report: boolean;
            can_acknowledge: boolean;
            can_act_on_problems: boolean;
            can_report_hidden_danger: boolean;
            report_recipient_count: number;
        };
        DrillPage: {
            items: components["schemas"]["Drill"][];
            total: number;
            page: number;
            page_size: number;
        };
        DrillObligation: {
            /** @enum {string} */
            rule: "general" | "onsite_any" | "onsite_each" | "special_each" | "any_drill";
            rule_zh: string;
            plan_id: number | null;
            plan_title: string;
            /** Format: date */
            window_start: string;
            /** Format: date */
            window_end: string;
            /**
             * Format: date
             * @description The window's last day moved off rest days (民法典 art. 203)
             */
            due: string;
            /** @enum {string} */
            status: "done" | "done_late" | "due" | "late" | "upcoming";
            drill_id: number | null;
            /** Format: date */
            done_on: string | null;
            days_late: number;
            days_left: number;
            source: string;
            source_en: string;
        };
        DrillEnterpriseCompliance: {
            enterprise_id: number;
            enterprise_name: string;
            industry: string;
            year: number;
            /** Format: date */
            today: string;
            /** @enum {string} */
            regime: "shandong_high_risk" | "shandong_other" | "national_hazardous" | "national";
            regime_zh: string;
            report_required: boolean;
            requirements: {
                rule: string;
                months: number;
                rolling: boolean;
                text: string;
                text_en: string;
                source: string;
                source_en: string;
            }[];
            plans: components["schemas"]["DrillPlanOption"][];
            counts: {
                done: number;
                done_late: number;
                due: number;
                late: number;
                upcoming: number;
                max_days_late: number;
            };
            obligations: components["schemas"]["DrillObligation"][];
        };
        DrillScopeCompliance: {
            year: number;
            /** Format: date */
            today: string;
            shandong_rules: boolean;
            totals: {
                /** @description Enterprises with obligations plus the high-risk ones without any published plan */
                enterprises: number;
                /** @description 民爆 and hazardous-chemicals enterprises with no published emergency plan */
                without_plan: number;
                late_enterprises: number;
                done: number;
                done_late: number;
                due: number;
                late: number;
            };
            regions: {
                region_code: string;
                region_name: string;
                enterprises: number;
                late_enterprises: number;
                done: number;
                done_late: number;
                due: number;
                late: number;
                without_plan: number;
            }[];
            late_enterprises: {
                enterprise_id: number;
                enterprise_name: string;
                industry: string;
                region_code: string;
                region_name: string;
                regime: string;
                late: number;
                max_days_late: number;
                obligations: components["schemas"]["DrillObligation"][];
            }[];
            /** @description 民爆 and hazardous-chemicals enterprises in scope with no published emergency plan (nothing to drill yet) */
            without_plan_enterprises: {
                enterprise_id: number;
                enterprise_name: string;
                industry: string;
                region_code: string;
                region_name: string;
            }[];
        };
        DutyUnit: {
            /** @example enterprise-1 */
            key: string;
            /** @enum {string} */
            kind: "enterprise" | "agency";
            id: number;
            name: string;
            region_path: string;
            phone?: string;
            own?: boolean;
            can_manage?: boolean;
        };
        DutyUnitPage: components["schemas"]["Page"] & {
            items?: components["schemas"]["DutyUnit"][];
        };
        DutyMember: {
            user_id: number;
            name: string;
            phone?: string;
            /** @enum {string} */
            role: "leader" | "officer";
        };
        DutyShift: {
            id: number;
            /** @enum {string} */
            unit_kind: "enterprise" | "agency";
            unit_id: number;
            /** Format: date */
            duty_date: string;
            slot_seq?: number | null;
            label: string;
            /** @description UTC instant */
            starts_at: string;
            ends_at: string;
            /** @description China time YYYY-MM-DDTHH:MM */
            starts_local: string;
            ends_local: string;
            hours: number;
            /** @description The duty phone that must be reachable */
            phone: string;
            note?: string;
            /** @enum {string} */
            status: "active" | "cancelled";
            version: number;
            updated_at?: string;
            can_manage?: boolean;
            leaders: components["schemas"]["DutyMember"][];
            officers: components["schemas"]["DutyMember"][];
        };
        DutyShiftInput: {
            /** Format: date */
            duty_date: string;
            /** @example 08:00 */
            start: string;
            /**
             * @description Not after start = the next day
             * @example 20:00
             */
            end: string;
            label?: string;
            phone: string;
            note?: string;
            slot_seq?: number;
            members?: {
                user_id: number;
                /** @enum {string} */
                role: "leader" | "officer";
            }[];
        };
        DutyPatternSlot: {
            seq?: number;
            label: string;
            /** @example 08:00 */
            start: string;
            /** @example 20:00 */
            end: string;
            duration_minutes?: number;
        };
        DutyPatternInput: {
            phone: string;
            slots: components["schemas"]["DutyPatternSlot"][];
        };
        DutyPattern: {
            phone: string;
            version: number;
            updated_at?: string;
            slots: components["schemas"]["DutyPatternSlot"][];
        };
        DutyAccount: {
            user_id: number;
            username?: string;
            name: string;
            phone?: string;
            roles?: string[];
        };
        DutyCalendar: {
            unit: components["schemas"]["DutyUnit"];
            month: string;
            /** Format: date */
            first_day: string;
            /** Format: date */
            last_day: string;
            /** Format: date */
            today: string;
            can_manage: boolean;
            can_swap: boolean;
            me: number;
            created?: number;
            pattern?: components["schemas"]["DutyPattern"] | null;
            shifts: components["schemas"]["DutyShift"][];
            accounts: components["schemas"]["DutyAccount"][];
        };
        DutyCopyPlan: {
            from: string;
            to: string;
            dry_run: boolean;
            create: number;
            overwrite: number;
            days: number;
            skipped_past_days: number;
        };
        DutyGap: {
            /** @enum {string} */
            kind: "leader" | "officer";
            start: string;
            end: string;
            start_local: string;
            end_local: string;
            hours: number;
        };
        DutyCoverage: {
            from: string;
            to: string;
            from_local: string;
            to_local: string;
            clean: boolean;
            unit?: components["schemas"]["DutyUnit"];
            settings?: {
                horizon_days?: number;
                alert_days_ahead?: number;
                max_consecutive_hours?: number;
                require_leader?: boolean;
            };
            gaps: components["schemas"]["DutyGap"][];
            overlaps: {
                user_id?: number;
                name?: string;
                shift_a?: number;
                shift_b?: number;
                start_local?: string;
                end_local?: string;
            }[];
            too_long: {
                user_id?: number;
                name?: string;
                hours?: number;
                shifts?: number[];
                start_local?: string;
                end_local?: string;
            }[];
        };
        DutyCoverageSummary: {
            unit: components["schemas"]["DutyUnit"];
            clean: boolean;
            gap_count: number;
            leader_gap_hours: number;
            officer_gap_hours: number;
            overlap_count: number;
            too_long_count: number;
            first_gaps: components["schemas"]["DutyGap"][];
        };
        DutyCoveragePage: components["schemas"]["Page"] & {
            items?: components["schemas"]["DutyCoverageSummary"][];
            from_local?: string;
            to_local?: string;
            horizon_days?: number;
        };
        DutySwapEvent: {
            /** @enum {string} */
            event?: "requested" | "approved" | "refused" | "withdrawn";
            by_user_id?: number;
            by_name?: string;
            note?: string;
            at?: string;
        };
        DutySwap: {
            id: number;
            unit_kind: string;
            unit_id: number;
            shift_id: number;
            shift_label: string;
            shift_starts_local: string;
            shift_ends_local: string;
            from_user_id: number;
            from_name: string;
            to_user_id: number;
            to_name: string;
            with_shift_id: number | null;
            reason: string;
            /** @enum {string} */
            status: "requested" | "approved" | "refused" | "withdrawn";
            requested_at: string;
            decided_at: string | null;
            decision_note: string;
            can_decide: boolean;
            can_withdraw: boolean;
            events: components["schemas"]["DutySwapEvent"][];
        };
        DutySwapPage: components["schemas"]["Page"] & {
            items?: components["schemas"]["DutySwap"][];
        };
        DutyShiftMember: {
            /** Format: int64 */
            user_id: number;
            name: string;
            /** @enum {string} */
            role: "leader" | "officer";
            phone: string;
            checked_in_at?: string | null;
            late_minutes?: number;
            checked_out_at?: string | null;
            early_minutes?: number;
        };
        DutyPersonRef: {
            /** Format: int64 */
            id: number;
            name: string;
        };
        DutyLogEntry: {
            /** Format: int64 */
            id: number;
            seq: number;
            /** @enum {string} */
            kind: "call" | "event" | "instruction" | "other";
            kind_zh: string;
            at: string;
            caller: string;
            phone: string;
            content: string;
            actions: string;
            /** Format: int64 */
            corrects_entry_id: number | null;
            /** Format: int64 */
            closes_item_id: number | null;
            by: components["schemas"]["DutyPersonRef"];
            hash: string;
        };
        DutyOpenItem: {
            /** Format: int64 */
            id: number;
            text: string;
            at: string;
            /** Format: int64 */
            from_entry_id: number | null;
            /** Format: int64 */
            origin_shift_id: number;
            origin_shift_label: string;
            origin_shift_starts_at: string;
            closed: boolean;
            closed_at: string | null;
            /** Format: int64 */
            closed_by_entry_id: number | null;
            closed_by_name: string;
        };
        DutyHandover: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            shift_id: number;
            /** Format: int64 */
            to_shift_id: number | null;
            summary: string;
            at: string;
            by: components["schemas"]["DutyPersonRef"];
            carried_items: number;
            open_items: components["schemas"]["DutyOpenItem"][];
            /** @enum {string} */
            status: "pending" | "overdue" | "acknowledged";
            ack_due_at: string;
            overdue_minutes: number;
            acked_at: string | null;
            acked_by: components["schemas"]["DutyPersonRef"] | null;
            ack_note: string;
        };
        DutyShiftSummary: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            unit_kind: "enterprise" | "agency";
            /** Format: int64 */
            unit_id: number;
            unit_name: string;
            duty_date: string;
            label: string;
            starts_at: string;
            ends_at: string;
            phone: string;
            status: string;
            members: components["schemas"]["DutyShiftMember"][];
            incoming_handover_status?: string | null;
        };
        DutyShiftDesk: components["schemas"]["DutyShiftSummary"] & {
            check_in_opens_at: string;
            check_in_closes_at: string;
            handover_ack_minutes: number;
            log: components["schemas"]["DutyLogEntry"][];
            log_chain_ok: boolean;
            handover: components["schemas"]["DutyHandover"] | null;
            incoming_handover: components["schemas"]["DutyHandover"] | null;
            open_items: components["schemas"]["DutyOpenItem"][];
            absence_alerts: string[];
            my_role: string | null;
            checked_in: boolean;
            checked_out: boolean;
            can_check_in: boolean;
            can_check_out: boolean;
            can_write: boolean;
            can_acknowledge: boolean;
        };
        DutyShiftCurrent: {
            check_in_open_minutes_before: number;
            items: components["schemas"]["DutyShiftDesk"][];
            unit_items: components["schemas"]["DutyShiftSummary"][];
            now: string;
        };
        DutyShiftListItem: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            unit_kind: "enterprise" | "agency";
            /** Format: int64 */
            unit_id: number;
            unit_name: string;
            label: string;
            starts_at: string;
            ends_at: string;
            phone: string;
            entries: number;
            checked_in: number;
            handover_at: string | null;
            acked_at: string | null;
            /** @enum {string} */
            handover_status: "none" | "pending" | "overdue" | "acknowledged";
            overdue_minutes: number;
        };
        DutyShiftPage: {
            items: components["schemas"]["DutyShiftListItem"][];
            total: number;
            page: number;
            page_size: number;
        };
        DutyLogEntryInput: {
            /** @enum {string} */
            kind: "call" | "event" | "instruction" | "other";
            content: string;
            caller?: string;
            phone?: string;
            actions?: string;
            /** Format: int64 */
            corrects_entry_id?: number;
            /** Format: int64 */
            closes_item_id?: number;
        };
        DutyHandoverInput: {
            summary?: string;
            open_items?: {
                text: string;
                /** Format: int64 */
                from_entry_id?: number;
            }[];
        };
        DutySpotCheckRound: {
            id: number;
            title: string;
            agency: components["schemas"]["IdName"];
            /** @enum {string} */
            target_kind: "enterprise" | "agency";
            /** @enum {string} */
            selection: "manual" | "random";
            /** @description 16 hex digits of a random draw ('' when picked by hand) */
            seed: string;
            count: number;
            pool_size: number;
            /** @description The sorted candidates a random draw drew from (with the seed they re-run it) */
            pool_ids: number[];
            filter_region_code: string;
            filter_industries: string[];
            /** Format: date */
            planned_on: string;
            created_by: components["schemas"]["IdName"];
            /** Format: date-time */
            created_at: string;
            units: number;
            called: number;
            failed: number;
            open_findings: number;
            can_record: boolean;
        };
        DutySpotCheckRoundPage: {
            items: components["schemas"]["DutySpotCheckRound"][];
            total: number;
            page: number;
            page_size: number;
            can_create: boolean;
        };
        DutySpotCheckUnit: {
            /** @enum {string} */
            kind: "enterprise" | "agency";
            id: number;
            name: string;
            region_path: string;
            industry: string;
            industry_zh: string;
        };
        DutySpotCheckOnDuty: {
            phone: string;
            names: string[];
            /** @enum {string} */
            source: "roster" | "registry";
            shift: string;
            item_id?: number;
        };
        DutySpotCheckOnDutyList: {
            /** Format: date-time */
            at: string;
            items: components["schemas"]["DutySpotCheckOnDuty"][];
        };
        DutySpotCheckCall: {
            id: number;
            item_id: number;
            /** Format: date-time */
            called_at: string;
            /** @enum {string} */
            method: "phone" | "video";
            phone: string;
            answered: boolean;
            rings: number | null;
            seconds: number | null;
            answerer_name: string;
            on_duty_names: string[];
            /** @description Who answered is one of the roster's people on duty (null when nobody answered or no shift) */
            answerer_on_duty: boolean | null;
            /** @enum {string} */
            result: "pass" | "fail";
            notes: string;
            by: components["schemas"]["IdName"];
            /** Format: date-time */
            at: string;
            finding_id: number | null;
        };
        DutySpotCheckItem: {
            id: number;
            position: number;
            unit: components["schemas"]["DutySpotCheckUnit"];
            registered_phone: string;
            on_duty: components["schemas"]["DutySpotCheckOnDuty"];
            calls: components["schemas"]["DutySpotCheckCall"][];
            /** @description pass or fail (the last call); null before any call */
            last_result: string | null;
            finding_id: number | null;
        };
        DutySpotCheckRoundDetail: components["schemas"]["DutySpotCheckRound"] & {
            items: components["schemas"]["DutySpotCheckItem"][];
            /** @description The draw re-run from its stored seed and pool gives these units in this order (null when picked by hand) */
            reproduced: boolean | null;
        };
        DutySpotCheckRoundInput: {
            title: string;
            /**
             * @description agency = the agencies below the caller's (a city checks its counties' own duty)
             * @default enterprise
             * @enum {string}
             */
            target_kind: "enterprise" | "agency";
            /** Format: date */
            planned_on?: string;
            /**
             * @default manual
             * @enum {string}
             */
            selection: "manual" | "random";
            /** @description manual */
            unit_ids?: number[];
            /** @description random */
            count?: number;
            /** @description random — only units under this region */
            region_code?: string;
            /** @description random — enterprises of these industries only */
            industries?: string[];
            /** @description random — a seed announced beforehand (1–16 hex digits); default 64 bits of fresh entropy */
            seed?: string;
        };
        DutySpotCheckCallInput: {
            item_id: number;
            /**
             * Format: date-time
             * @description default now
             */
            called_at?: string;
            /** @enum {string} */
            method: "phone" | "video";
            /** @description empty = the roster's phone */
            phone?: string;
            answered: boolean;
            rings?: number;
            seconds?: number;
            answerer_name?: string;
            /**
             * @description an unanswered call cannot pass
             * @enum {string}
             */
            result: "pass" | "fail";
            notes?: string;
        };
        DutySpotCheckFinding: {
            id: number;
            round_id: number;
            round_title: string;
            round_agency: components["schemas"]["IdName"];
            unit: {
                /** @enum {string} */
                kind: "enterprise" | "agency";
                id: number;
                name: string;
            };
            /** @enum {string} */
            state: "open" | "answered" | "accepted" | "returned";
            /**
             * Format: date
             * @description Last day of the answer period (working-day calendar)
             */
            due_on: string;
            overdue: boolean;
            deadline_source: string;
            deadline_source_en: string;
            /** Format: date-time */
            called_at: string;
            /** @enum {string} */
            method: "phone" | "video";
            phone: string;
            answered: boolean;
            notes: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            can_answer: boolean;
            can_review: boolean;
        };
        DutySpotCheckFindingPage: {
            items: components["schemas"]["DutySpotCheckFinding"][];
            total: number;
            page: number;
            page_size: number;
        };
        DutySpotCheckFindingDetail: components["schemas"]["DutySpotCheckFinding"] & {
            events: {
                /** @enum {string} */
                kind: "opened" | "answered" | "accepted" | "returned";
                text: string;
                by: components["schemas"]["IdName"];
                /** Format: date-time */
                at: string;
            }[];
        };
        DutySpotCheckFindingText: {
            /** @description the answer (required), a return's reason (required) or an acceptance's remark */
            text?: string;
        };
        LicenceKinds: {
            kinds?: {
                code?: string;
                label?: string;
                label_en?: string;
                explosives?: boolean;
            }[];
            validity_years?: number;
            renewal_window_months?: number;
            decision_days?: number;
            reminder_days?: number[];
        };
        LicenceScope: {
            products?: {
                product_code?: string;
                product_name?: string;
                unit?: string;
                /** @description annual quantity in the product's unit (a number in input, a decimal text in answers) */
                annual_quantity?: unknown;
                annual_quantity_milli?: number;
            }[];
            magazines?: {
                store_id?: number;
                store_name?: string;
                /** @description design capacity, net explosive mass in kg (number in input, text in answers) */
                net_mass_kg?: unknown;
                net_mass_g?: number | null;
                pieces?: number | null;
            }[];
            /** @description ISO weekdays permitted, e.g. 12345; empty = every day */
            work_days?: string;
            /** @description HH:MM */
            work_from?: string;
            /** @description HH:MM (earlier than work_from: over midnight) */
            work_to?: string;
            /** @description 现场混装炸药 licensed capacity, tonnes a year (1–1,000,000; production licences only, 422 licence_mixing_production_only otherwise); the industry structure sums it */
            on_site_mixing_t?: number | null;
            note?: string;
        };
        LicenceInput: {
            enterprise_id?: number;
            kind: string;
            number: string;
            issuer_name?: string;
            /** Format: date */
            issued_on?: string;
            /** Format: date */
            valid_from: string;
            /** Format: date */
            valid_to?: string;
            document_file_id?: number;
            scope?: components["schemas"]["LicenceScope"];
        };
        LicenceStatusChange: {
            reason: string;
            /** @description required to suspend or revoke */
            document_file_id?: number;
        };
        LicenceEvent: {
            id?: number;
            licence_id?: number | null;
            application_id?: number | null;
            /** @description registered | issued | renewed | changed | suspended | reinstated | revoked | submitted | approved | refused | withdrawn */
            kind?: string;
            from_status?: string;
            to_status?: string;
            valid_from?: string;
            valid_to?: string;
            reason?: string;
            document_file_id?: number | null;
            by?: components["schemas"]["IdName"];
            /** Format: date-time */
            at?: string;
        };
        Licence: {
            id?: number;
            enterprise_id?: number;
            enterprise_name?: string;
            kind?: string;
            kind_zh?: string;
            kind_en?: string;
            number?: string;
            issuer_agency_id?: number | null;
            issuer_name?: string;
            /** Format: date */
            issued_on?: string;
            /** Format: date */
            valid_from?: string;
            /** Format: date */
            valid_to?: string;
            /** @enum {string} */
            status?: "valid" | "suspended" | "revoked" | "expired";
            status_zh?: string;
            status_reason?: string;
            status_since?: string;
            status_document_file_id?: number | null;
            document_file_id?: number | null;
            scope?: components["schemas"]["LicenceScope"];
            days_left?: number;
            events?: components["schemas"]["LicenceEvent"][];
            renewal?: {
                /** Format: date */
                opens?: string;
                /** Format: date */
                closes?: string;
                open?: boolean;
                early?: boolean;
                late?: boolean;
                days_left?: number;
                source?: string;
                source_en?: string;
            };
            without_review?: {
                eligible?: boolean;
                fatal_accidents?: number;
                source?: string;
                source_en?: string;
            };
            applications?: {
                id?: number;
                application_type?: string;
                status?: string;
                submitted_on?: string;
                decided_on?: string;
            }[];
            validity_years?: number;
            validity_source?: string;
            created_at?: string;
            updated_at?: string;
            row_version?: number;
        };
        LicencePage: {
            items: components["schemas"]["Licence"][];
            total: number;
            page: number;
            page_size: number;
        };
        LicenceConditionRecord: {
            /** @description enterprise | person | emergency_plan | safety_evaluation | hidden_danger | dishonesty_listing */
            kind?: string;
            id?: number;
            label?: string;
            problem?: string;
        };
        LicenceCondition: {
            /** @description safety_department | people_examined | emergency_plan | safety_evaluation | no_major_hidden_danger | not_dishonest */
            id?: string;
            label?: string;
            label_en?: string;
            source?: string;
            source_en?: string;
            passed?: boolean;
            detail?: string;
            detail_en?: string;
            records?: components["schemas"]["LicenceConditionRecord"][];
        };
        LicenceConditions: {
            enterprise_id?: number;
            enterprise_name?: string;
            all_passed?: boolean;
            conditions?: components["schemas"]["LicenceCondition"][];
        };
        LicenceApplicationInput: {
            enterprise_id?: number;
            /** @enum {string} */
            application_type: "new" | "renewal" | "change";
            /** @description new applications */
            kind?: string;
            /** @description renewal and change */
            licence_id?: number;
            scope?: components["schemas"]["LicenceScope"];
            note?: string;
        };
        LicenceDecision: {
            approve: boolean;
            /** @description the written reasons (required for a refusal) */
            note?: string;
            /** @description the new licence's number (approval of a new application) */
            number?: string;
            document_file_id?: number;
        };
        LicenceApplication: {
            id?: number;
            enterprise_id?: number;
            enterprise_name?: string;
            kind?: string;
            kind_zh?: string;
            kind_en?: string;
            /** @enum {string} */
            application_type?: "new" | "renewal" | "change";
            application_type_zh?: string;
            licence_id?: number | null;
            licence_number?: string;
            /** @enum {string} */
            status?: "submitted" | "approved" | "refused" | "withdrawn";
            note?: string;
            without_review?: boolean;
            submitted_by?: components["schemas"]["IdName"];
            /** Format: date-time */
            submitted_at?: string;
            /** Format: date */
            submitted_on?: string;
            decided_by?: {
                id?: number;
                name?: string;
            } | null;
            decided_at?: string | null;
            decided_on?: string | null;
            decision_note?: string;
            decision_document_file_id?: number | null;
            decision_due?: {
                /** Format: date */
                due?: string;
                moved?: boolean;
                days_left?: number;
                overdue?: boolean;
                source?: string;
                source_en?: string;
            };
            failed_conditions_at_submission?: number;
            requested_scope?: components["schemas"]["LicenceScope"];
            conditions_at_submission?: components["schemas"]["LicenceCondition"][];
            conditions?: components["schemas"]["LicenceCondition"][];
            events?: components["schemas"]["LicenceEvent"][];
            licence?: components["schemas"]["Licence"];
        };
        LicenceApplicationPage: {
            items: components["schemas"]["LicenceApplication"][];
            total: number;
            page: number;
            page_size: number;
        };
        SafetyEvaluationInput: {
            enterprise_id?: number;
            agency_name: string;
            /** Format: date */
            evaluated_on: string;
            /** @enum {string} */
            conclusion: "pass" | "fail";
            /** Format: date */
            valid_until: string;
            report_file_id: number;
            note?: string;
        };
        SafetyEvaluation: {
            id?: number;
            enterprise_id?: number;
            enterprise_name?: string;
            agency_name?: string;
            /** Format: date */
            evaluated_on?: string;
            /** @enum {string} */
            conclusion?: "pass" | "fail";
            /** Format: date */
            valid_until?: string;
            report_file?: components["schemas"]["IdName"];
            note?: string;
            recorded_by?: components["schemas"]["IdName"];
            /** Format: date-time */
            recorded_at?: string;
        };
        SafetyEvaluationPage: {
            items: components["schemas"]["SafetyEvaluation"][];
            total: number;
            page: number;
            page_size: number;
        };
        /**
         * @description expired (许可证过期) and missing (未取得许可证) are major hidden dangers (234号 item 1); condition — a licence condition no longer holds
         * @enum {string}
         */
        LicenceAlertFinding: "expired" | "missing" | "condition";
        LicenceAlert: {
            id: number;
            finding: components["schemas"]["LicenceAlertFinding"];
            /** @description null for a missing licence */
            licence_id: number | null;
            enterprise_id: number;
            enterprise_name: string;
            licence_kind: string;
            licence_kind_zh: string;
            licence_number: string;
            /** @description YYYY-MM-DD, or empty for a missing licence */
            valid_until: string;
            issuer: string;
            /** @description licence_expired | licence_missing | the condition's id (safety_department, people_examined, emergency_plan, safety_evaluation, no_major_hidden_danger, not_dishonest) */
            condition_id: string;
            label_zh: string;
            label_en: string;
            /** @description the regulation the condition rests on */
            source: string;
            /** Format: date */
            detected_on: string;
            hidden_danger_id: number | null;
            hidden_danger_number: string;
            hidden_danger_state: string;
            /** Format: date */
            resolved_on: string | null;
        };
        LicenceAlertPage: {
            items: components["schemas"]["LicenceAlert"][];
            total: number;
            page: number;
            page_size: number;
        };
        IndustryStructureRow: {
            region_path: string;
            region_name: string;
            /** @description electronic detonators produced (pieces) */
            electronic: number;
            /** @description other industrial detonators produced (pieces) */
            other: number;
            total: number;
            /** @description electronic share in per mille; null without detonator output */
            share_permille: number | null;
            /** @description 现场混装 capacity (tonnes a year) licensed by the production licences in force on mixing_on */
            on_site_mixing_t: number;
            /** @description the production licences with an on-site mixing capacity */
            on_site_mixing_licences: number;
        };
        IndustryStructure: {
            year: number;
            source: string;
            /** @description the day the licences in force are read for the mixing capacity (the year's 31 December, today for this year) */
            mixing_on: string;
            total: components["schemas"]["IndustryStructureRow"];
            regions: components["schemas"]["IndustryStructureRow"][];
        };
        WorkshopInput: {
            name: string;
            /** @description 建筑编号, unique in the enterprise */
            building_number: string;
            /** @enum {string} */
            hazard_class: "1.1*" | "1.1" | "1.2" | "1.4";
            production_line?: string;
            /** @description 操作定员 */
            operating_staff: number;
            /** @description 最大允许定员 (≥ operating_staff) */
            max_allowed_people: number;
            /** @description 危险品定量 in quantity_unit (kg of net explosive mass, or whole pieces) */
            quantity_limit: number;
            /** @enum {string} */
            quantity_unit: "kg" | "pieces";
            /**
             * @description GB 28263-2024 annex the design follows (its figures are [U])
             * @enum {string}
             */
            standard_annex: "C" | "D";
            design_document: string;
            /** @description the design document (an uploaded file, judged by content) */
            design_file_id: number;
            /** @description the workshop's intermediate stores (ledger stores of the enterprise) */
            store_ids?: number[];
        };
        Workshop: {
            id: number;
            enterprise_id: number;
            enterprise_name: string;
            name: string;
            building_number: string;
            hazard_class: string;
            production_line: string;
            operating_staff: number;
            max_allowed_people: number;
            quantity_limit: number;
            /** @enum {string} */
            quantity_unit: "kg" | "pieces";
            /** @enum {string} */
            standard_annex: "C" | "D";
            standard_label: string;
            /** @description false: the standard's own figures are not known to the system (rules.md §8a [U]); the limits are the design's */
            standard_figures_verified: boolean;
            design_document: string;
            design_file: {
                id: number;
                name: string;
                mime: string;
                size: number;
            } | null;
            /** @enum {string} */
            status: "active" | "retired";
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            stores: {
                id: number;
                name: string;
                /** @description in the workshop's quantity_unit, from the ledger */
                stock: number;
            }[];
            /** @description the intermediate stores' stock together, from the ledger */
            stock: number;
            over_quantity: boolean;
            latest_headcount: {
                people: number;
                /** Format: date-time */
                counted_at: string;
                /** @enum {string} */
                source: "manual" | "sensor";
            } | null;
            over_staffing: boolean;
            versions?: {
                version: number;
                facts: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
                by: components["schemas"]["IdName"];
            }[];
            headcounts?: {
                id: number;
                people: number;
                /** @enum {string} */
                source: "manual" | "sensor";
                /** Format: date-time */
                counted_at: string;
                by: components["schemas"]["IdName"];
            }[];
        };
        WorkshopPage: {
            items: components["schemas"]["Workshop"][];
            total: number;
            page: number;
            page_size: number;
        };
        FourOverCase: {
            id: number;
            enterprise_id: number;
            enterprise_name: string;
            /** @enum {string} */
            criterion: "output" | "product_type" | "hours" | "storage" | "staffing";
            criterion_label: string;
            /** @description workshop:ID, store:ID, product:CODE, licence_scope:CODE or day:YYYY-MM-DD */
            subject: string;
            subject_name: string;
            measured: string;
            limit: string;
            detail: string;
            detail_en: string;
            is_open: boolean;
            /** Format: date-time */
            detected_at: string;
            /** Format: date-time */
            cleared_at: string | null;
            hidden_danger_id: number | null;
            basis: string;
        };
        FourOverCasePage: {
            items: components["schemas"]["FourOverCase"][];
            total: number;
            page: number;
            page_size: number;
        };
        /** @enum {string} */
        VetoKind: "award_enterprise" | "award_entrepreneur" | "safety_fund" | "tech_fund" | "demo_base";
        /** @enum {string} */
        VetoResult: "pending" | "passed" | "vetoed";
        VetoRound: {
            id: number;
            name: string;
            kind: components["schemas"]["VetoKind"];
            kind_zh: string;
            agency: components["schemas"]["IdName"];
            /** Format: date */
            period_from: string;
            /** Format: date */
            period_to: string;
            /** @enum {string} */
            status: "open" | "confirmed";
            /** Format: date-time */
            checked_at: string | null;
            /** @description applications checked by the last check */
            applications: number;
            vetoed: number;
            /** @description applications now */
            total: number;
            /** @description applications not checked since they were added */
            pending: number;
            /** Format: date-time */
            confirmed_at: string | null;
            confirmed_by: string;
            /** @description SHA-256 of the frozen results once confirmed */
            result_hash: string;
            created_by: string;
            /** Format: date-time */
            created_at: string;
            /** @description detail: the kind's look-back in the setting (0: the preceding calendar year) */
            period_months?: number;
            period_source?: string;
            events?: {
                id: number;
                application_id: number | null;
                /** @enum {string} */
                action: "create" | "apply" | "import" | "check" | "confirm";
                details: {
                    [key: string]: unknown;
                };
                by: string;
                /** Format: date-time */
                at: string;
            }[];
        };
        VetoRoundPage: {
            items: components["schemas"]["VetoRound"][];
            total: number;
            page: number;
            page_size: number;
        };
        VetoReason: {
            /** @enum {string} */
            code: "dishonesty_list" | "accident" | "hidden_danger_overdue" | "hidden_danger_unrectified" | "licence_lapsed" | "licence_suspended" | "licence_revoked";
            /** @enum {string} */
            record_type: "credit_listing" | "accident" | "hidden_danger" | "licence";
            record_id: number;
            record_label: string;
            /** Format: date */
            date: string;
            text_zh: string;
            text_en: string;
        };
        VetoApplication: {
            id: number;
            round: {
                id: number;
                name: string;
                kind: components["schemas"]["VetoKind"];
                kind_zh: string;
                /** @enum {string} */
                status: "open" | "confirmed";
                /** Format: date */
                period_from: string;
                /** Format: date */
                period_to: string;
                agency_name: string;
                /** Format: date-time */
                confirmed_at: string | null;
                result_hash: string;
            };
            enterprise: {
                id: number;
                name: string;
                uscc: string;
            };
            applicant_name: string;
            project: string;
            /** @enum {string} */
            source: "agency" | "import" | "enterprise";
            result: components["schemas"]["VetoResult"];
            reasons: components["schemas"]["VetoReason"][];
            /** Format: date-time */
            checked_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        VetoApplicationPage: {
            items: components["schemas"]["VetoApplication"][];
            total: number;
            page: number;
            page_size: number;
        };
        QualifiedPersonInput: {
            name: string;
            /** @description principal, safety_manager, special_worker, storekeeper, guard, escort, driver, blaster, manager (ignored for enforcement staff) */
            role?: string;
            post?: string;
            phone?: string;
            /** Format: date */
            appointed_on: string;
            is_manager?: boolean;
            full_time?: boolean;
            /** @description An account of the same enterprise or agency, linked to one person in post at a time */
            user_id?: number | null;
        };
        QualificationLeaveInput: {
            /** Format: date */
            left_on: string;
        };
        QualificationReasonInput: {
            reason: string;
        };
        PersonCertificateInput: {
            /** @description safety_qualification, special_operation, storekeeper, guard, escort, driver, blaster, enforcement, other */
            kind: string;
            number: string;
            issuer: string;
            /** Format: date */
            valid_from: string;
            /** Format: date */
            valid_to: string;
            file_id?: number | null;
        };
        PersonExaminationInput: {
            /** Format: date */
            examined_on: string;
            passed?: boolean;
            authority: string;
            certificate_no?: string;
            note?: string;
        };
        TrainingRecordInput: {
            course: string;
            provider?: string;
            /** Format: date */
            trained_on: string;
            class_hours: number;
            /** @enum {string} */
            exam_result?: "pass" | "fail" | "none";
            score?: number | null;
        };
        SafetyDepartmentInput: {
            name: string;
            /** Format: date */
            established_on: string;
            document_no?: string;
        };
        PersonCertificate: {
            id?: number;
            person_id?: number;
            person_name?: string;
            person_role?: string;
            owner_name?: string;
            kind?: string;
            kind_zh?: string;
            number?: string;
            issuer?: string;
            /** Format: date */
            valid_from?: string;
            /** Format: date */
            valid_to?: string;
            days_left?: number;
            /** @enum {string} */
            state?: "valid" | "expiring" | "expired" | "revoked" | "not_yet_valid";
            file_id?: number | null;
            /** Format: date */
            revoked_on?: string | null;
            revoked_reason?: string;
            /** Format: date-time */
            created_at?: string;
        };
        PersonCertificatePage: {
            items?: components["schemas"]["PersonCertificate"][];
            total?: number;
            page?: number;
            page_size?: number;
        };
        TrainingRecord: {
            id?: number;
            person_id?: number;
            person_name?: string;
            person_role?: string;
            owner_name?: string;
            course?: string;
            provider?: string;
            /** Format: date */
            trained_on?: string;
            class_hours?: number;
            /** @enum {string} */
            exam_result?: "pass" | "fail" | "none";
            score?: number | null;
            /** Format: date-time */
            recorded_at?: string;
        };
        TrainingRecordPage: {
            items?: components["schemas"]["TrainingRecord"][];
            total?: number;
            page?: number;
            page_size?: number;
        };
        QualifiedPerson: {
            id?: number;
            enterprise_id?: number | null;
            agency_id?: number | null;
            owner_name?: string;
            name?: string;
            role?: string;
            role_zh?: string;
            post?: string;
            is_manager?: boolean;
            full_time?: boolean;
            user_id?: number | null;
            username?: string;
            phone?: string;
            /** Format: date */
            appointed_on?: string;
            /** Format: date */
            exam_due_on?: string | null;
            /** Format: date */
            exam_passed_on?: string | null;
            /** @enum {string} */
            exam_state?: "passed" | "pending" | "overdue" | "not_required";
            /** Format: date */
            left_on?: string | null;
            in_post?: boolean;
            certificates_valid?: number;
            /** Format: date */
            next_expiry?: string | null;
            version?: number;
            /** Format: date-time */
            updated_at?: string;
            annual_hours?: {
                year?: number;
                required?: number;
                done?: number;
                shortfall?: number;
                source?: string;
                source_en?: string;
            };
            certificates?: components["schemas"]["PersonCertificate"][];
            examinations?: {
                id?: number;
                /** Format: date */
                appointed_on?: string;
                /** Format: date */
                examined_on?: string;
                passed?: boolean;
                authority?: string;
                certificate_no?: string;
                note?: string;
                /** Format: date-time */
                recorded_at?: string;
            }[];
            training?: components["schemas"]["TrainingRecord"][];
            exam_source?: string;
            exam_source_en?: string;
            exam_months?: number;
        };
        QualifiedPersonPage: {
            items?: components["schemas"]["QualifiedPerson"][];
            total?: number;
            page?: number;
            page_size?: number;
        };
        QualificationSummary: {
            enterprise_id?: number;
            /** Format: date */
            date?: string;
            safety_department?: {
                has_department?: boolean;
                name?: string | null;
                /** Format: date */
                established_on?: string | null;
                document_no?: string | null;
                safety_managers?: number;
                full_time_safety_managers?: number;
                satisfied?: boolean;
                source?: string;
            };
            gaps?: {
                person_id?: number;
                name?: string;
                role?: string;
                role_zh?: string;
                /** @enum {string} */
                kind?: "not_examined" | "no_certificate";
                /** Format: date */
                appointed_on?: string;
                /** Format: date */
                due_on?: string;
                source?: string;
            }[];
            people_in_post?: number;
            certificates_expiring_or_expired?: number;
        };
        /** @description One dishonesty-list entry (see GET /api/v1/dishonesty-list/{id}). */
        DishonestyEntryDetail: {
            id?: number;
            enterprise_id?: number;
            enterprise_name?: string;
            /** @enum {string} */
            state?: "candidate" | "noticed" | "listed" | "expired" | "removed" | "dismissed";
            /** Format: date */
            listed_from?: string | null;
            /** Format: date */
            listed_until?: string | null;
            /** Format: date */
            removed_on?: string | null;
            /** Format: date */
            repair_opens_on?: string | null;
            defence_working_days?: number;
        } & {
            [key: string]: unknown;
        };
        DishonestyEntryPage: {
            items?: components["schemas"]["DishonestyEntryDetail"][];
            total?: number;
            page?: number;
            page_size?: number;
        };
        StoreCapacityRequestInput: {
            rated_net_mass_kg?: number;
            rated_pieces?: number;
            product_limits?: {
                [key: string]: number;
            };
            /** @description The design document (an uploaded file the caller can see) */
            design_file_id: number;
            reason: string;
        };
        StoreCapacityDecision: {
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @description 批准文号 (approve) */
            document_number?: string;
            /**
             * Format: date
             * @description 批准日期 (approve): not after today, not before the request (China)
             */
            approved_on?: string;
            /** @description The approving document's scan (approve) */
            file_id?: number;
            /** @description 驳回理由 (reject) */
            reason?: string;
        };
        StoreCapacityRequest: {
            id: number;
            store_id: number;
            store_name: string;
            enterprise_id: number;
            enterprise_name: string;
            /**
             * @description initial: the first rating of a store created through the API (待核定)
             * @enum {string}
             */
            kind: "change" | "initial";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            status_label_zh: string;
            old: components["schemas"]["StoreRating"];
            new: components["schemas"]["StoreRating"];
            design_file_id?: number | null;
            reason: string;
            requested_by_name: string;
            requested_at: string;
            decided_by_name?: string | null;
            decided_at?: string | null;
            decision_agency_name?: string | null;
            document_number?: string | null;
            approved_on?: string | null;
            approval_file_id?: number | null;
            rejection_reason?: string | null;
            change_id?: number | null;
        };
        StoreCapacityRequestList: {
            store_id: number;
            items: components["schemas"]["StoreCapacityRequest"][];
        };
        StoreCapacityRequestPage: {
            items: components["schemas"]["StoreCapacityRequest"][];
            total: number;
            page: number;
            page_size: number;
        };
    };
    responses: {
        /** @description bad_request — malformed JSON or a body that is not a JSON object. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description unauthenticated — no valid session (or wrong credentials at login). */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description forbidden — the route's permission is missing, the X-CSRF-Token is missing or wrong, or a rule of the handler refuses. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description not_found — missing, or outside the caller's jurisdiction. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description conflict — the record is already in the requested state, or a database constraint refused the write. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description payload_too_large — the body exceeds the server's limit. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description validation_failed — every violated rule is listed in `errors`. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description locked — too many failed sign-ins; the message says until when. */
        Locked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description rate_limited — too many requests of this kind are running; retry after the seconds in Retry-After. */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An XLSX workbook sent as an attachment. */
        Xlsx: {
            headers: {
                /** @description attachment; filename="export"; filename*=UTF-8''<percent-encoded name> */
                "Content-Disposition"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
    };
    parameters: {
        /** @description Numeric id; a non-numeric value answers 404. */
        Id: number;
        /** @description Id of the caller's recipient row (notice_recipients.id), not the notice id. */
        RecipientId: number;
        /** @description A region inside the caller's subtree; its whole subtree is selected. */
        HiddenDangerRegion: string;
        /** @description Page number (rules integer, range). */
        Page: number;
        /** @description Items per page (rules integer, range). */
        PageSize: number;
        /** @description Fragment of the name (case-insensitive for ASCII) or of the USCC; at most 100 bytes. */
        EnterpriseQ: string;
        /** @description A region; its whole subtree matches (rule region_unknown). */
        EnterpriseRegionCode: string;
        EnterpriseIndustry: components["schemas"]["Industry"];
        EnterpriseSupervision: components["schemas"]["Supervision"];
        EnterpriseStatus: "active" | "inactive";
        /** @description Sort column, `-` prefix for descending; ties by id (rule sort_invalid). */
        EnterpriseSort: "name" | "-name" | "uscc" | "-uscc" | "region_code" | "-region_code" | "created_at" | "-created_at" | "employees" | "-employees" | "industry" | "-industry" | "updated_at" | "-updated_at";
        RespOwnerKind: "agency" | "enterprise";
        /** @description Positive id (rule id_format). */
        RespAgencyId: number;
        /** @description Positive id (rule id_format). */
        RespEnterpriseId: number;
        /** @description Owner region; its whole subtree matches (rule region_unknown). */
        RespRegionCode: string;
        RespKind: components["schemas"]["ResponsibilityKind"];
        /** @description Fragment of person name, position or unit name. */
        RespQ: string;
        RespStatus: "active" | "inactive";
        /** @description Fragment of username, display name or phone. */
        UserQ: string;
        /** @description Accounts holding this role (rule role_unknown). */
        UserRole: components["schemas"]["RoleCode"];
        UserStatus: "active" | "disabled";
        UserAgencyId: number;
        UserEnterpriseId: number;
        /** @description Fragment of the actor's name. */
        AuditActor: string;
        /** @description Exact action, e.g. create, update, login, login_failed, export. */
        AuditAction: string;
        /** @description Exact entity, e.g. enterprise, user, notice, session. */
        AuditEntity: string;
        AuditEntityId: string;
        /** @description First day, inclusive, UTC (rule date_format). */
        AuditFrom: string;
        /** @description A business settings key. */
        SettingKey: "risk_assessment_config" | "hidden_danger_escalation" | "ledger_alerts" | "loss_reporting" | "hidden_danger_report_deadlines";
        /** @description Last day, inclusive, UTC; not before `from` (rule date_range). */
        AuditTo: string;
        /** @description quarter | year (rules required, kind_invalid). Without period_kind, year and quarter: the last ended quarter. */
        HiddenDangerReportPeriodKind: "quarter" | "year";
        /** @description 2000-2100 (rules required, range). */
        HiddenDangerReportYear: number;
        /** @description 1-4, required for a quarter, absent for a year (quarter_not_allowed). */
        HiddenDangerReportQuarter: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    /** @description `anjian_session=<token>; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200` */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
            423: components["responses"]["Locked"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared (Max-Age=0). */
            204: {
                headers: {
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Password changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description Fragment of username, display name or phone. */
                q?: components["parameters"]["UserQ"];
                /** @description Accounts holding this role (rule role_unknown). */
                role?: components["parameters"]["UserRole"];
                status?: components["parameters"]["UserStatus"];
                agency_id?: components["parameters"]["UserAgencyId"];
                enterprise_id?: components["parameters"]["UserEnterpriseId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportUsers: {
        parameters: {
            query?: {
                /** @description Fragment of username, display name or phone. */
                q?: components["parameters"]["UserQ"];
                /** @description Accounts holding this role (rule role_unknown). */
                role?: components["parameters"]["UserRole"];
                status?: components["parameters"]["UserStatus"];
                agency_id?: components["parameters"]["UserAgencyId"];
                enterprise_id?: components["parameters"]["UserEnterpriseId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enabled user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordReset"];
            };
        };
        responses: {
            /** @description Password reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    setUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRolesInput"];
            };
        };
        responses: {
            /** @description The user with the new roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every built-in role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    setRolePermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role code. */
                code: components["schemas"]["RoleCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RolePermissionsInput"];
            };
        };
        responses: {
            /** @description The role with its new permissions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Permission catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getSecurityPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicy"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateSecurityPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityPolicy"];
            };
        };
        responses: {
            /** @description The stored policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listBusinessSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BusinessSetting"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getBusinessSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A business settings key. */
                key: components["parameters"]["SettingKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting with `history`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessSetting"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateBusinessSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A business settings key. */
                key: components["parameters"]["SettingKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new value, in the form of the key's `default`. */
                    value: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The setting as now in force, with `history`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessSetting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    resetBusinessSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A business settings key. */
                key: components["parameters"]["SettingKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting as now in force, with `history`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessSetting"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description Fragment of the actor's name. */
                actor?: components["parameters"]["AuditActor"];
                /** @description Exact action, e.g. create, update, login, login_failed, export. */
                action?: components["parameters"]["AuditAction"];
                /** @description Exact entity, e.g. enterprise, user, notice, session. */
                entity?: components["parameters"]["AuditEntity"];
                entity_id?: components["parameters"]["AuditEntityId"];
                /** @description First day, inclusive, UTC (rule date_format). */
                from?: components["parameters"]["AuditFrom"];
                /** @description Last day, inclusive, UTC; not before `from` (rule date_range). */
                to?: components["parameters"]["AuditTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                /** @description Fragment of the actor's name. */
                actor?: components["parameters"]["AuditActor"];
                /** @description Exact action, e.g. create, update, login, login_failed, export. */
                action?: components["parameters"]["AuditAction"];
                /** @description Exact entity, e.g. enterprise, user, notice, session. */
                entity?: components["parameters"]["AuditEntity"];
                entity_id?: components["parameters"]["AuditEntityId"];
                /** @description First day, inclusive, UTC (rule date_format). */
                from?: components["parameters"]["AuditFrom"];
                /** @description Last day, inclusive, UTC; not before `from` (rule date_range). */
                to?: components["parameters"]["AuditTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX workbook. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description Present (value 100000) when more rows matched than were exported. */
                    "X-Export-Truncated"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verification result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerifyResult"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Regions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    createZone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoneCreateInput"];
            };
        };
        responses: {
            /** @description The zone. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateZone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The zone's code (<city code>Z<n>). */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoneUpdateInput"];
            };
        };
        responses: {
            /** @description The zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateZone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The zone's code (<city code>Z<n>). */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reactivateZone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The zone's code (<city code>Z<n>). */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getZoneHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The zone's code (<city code>Z<n>). */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionChangeList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    getDictionaries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dictionaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dictionaries"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    listIndustryCodes: {
        parameters: {
            query?: {
                /** @description Fragment of the code, the Chinese name or the English name (case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching classes, sorted by code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndustryCodeList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    listAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agencies ordered by region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyCreate"];
            };
        };
        responses: {
            /** @description The agency. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyUpdate"];
            };
        };
        responses: {
            /** @description The agency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reactivateAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listEnterprises: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description Fragment of the name (case-insensitive for ASCII) or of the USCC; at most 100 bytes. */
                q?: components["parameters"]["EnterpriseQ"];
                /** @description A region; its whole subtree matches (rule region_unknown). */
                region_code?: components["parameters"]["EnterpriseRegionCode"];
                industry?: components["parameters"]["EnterpriseIndustry"];
                supervision?: components["parameters"]["EnterpriseSupervision"];
                status?: components["parameters"]["EnterpriseStatus"];
                /** @description Sort column, `-` prefix for descending; ties by id (rule sort_invalid). */
                sort?: components["parameters"]["EnterpriseSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of enterprises. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterprisePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnterpriseInput"];
            };
        };
        responses: {
            /** @description Registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enterprise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportEnterprises: {
        parameters: {
            query?: {
                /** @description Fragment of the name (case-insensitive for ASCII) or of the USCC; at most 100 bytes. */
                q?: components["parameters"]["EnterpriseQ"];
                /** @description A region; its whole subtree matches (rule region_unknown). */
                region_code?: components["parameters"]["EnterpriseRegionCode"];
                industry?: components["parameters"]["EnterpriseIndustry"];
                supervision?: components["parameters"]["EnterpriseSupervision"];
                status?: components["parameters"]["EnterpriseStatus"];
                /** @description Sort column, `-` prefix for descending; ties by id (rule sort_invalid). */
                sort?: components["parameters"]["EnterpriseSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getEnterpriseImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    importEnterprises: {
        parameters: {
            query?: {
                /** @description all: import only when every row is valid; valid_only: import the valid rows (rule mode_invalid otherwise). */
                mode?: "all" | "valid_only";
            };
            header?: {
                /** @description Original file name, percent-encoded UTF-8 (e.g. 企业名录.xlsx); its extension selects the reader. */
                "X-Filename"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Import summary (also when rows were rejected). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    getEnterpriseImportReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `report_id` of the import answer (32 lower-case hex digits). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enterprise. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enterprise"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnterpriseInput"];
            };
        };
        responses: {
            /** @description Updated enterprise. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enterprise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getEnterpriseHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description History entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseHistory"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deactivateEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateRequest"];
            };
        };
        responses: {
            /** @description The enterprise, now inactive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enterprise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reactivateEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReactivateRequest"];
            };
        };
        responses: {
            /** @description The enterprise, now active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enterprise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listResponsibilities: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                owner_kind?: components["parameters"]["RespOwnerKind"];
                /** @description Positive id (rule id_format). */
                agency_id?: components["parameters"]["RespAgencyId"];
                /** @description Positive id (rule id_format). */
                enterprise_id?: components["parameters"]["RespEnterpriseId"];
                /** @description Owner region; its whole subtree matches (rule region_unknown). */
                region_code?: components["parameters"]["RespRegionCode"];
                kind?: components["parameters"]["RespKind"];
                /** @description Fragment of person name, position or unit name. */
                q?: components["parameters"]["RespQ"];
                status?: components["parameters"]["RespStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsibilityPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createResponsibility: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponsibilityInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Responsibility"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportResponsibilities: {
        parameters: {
            query?: {
                owner_kind?: components["parameters"]["RespOwnerKind"];
                /** @description Positive id (rule id_format). */
                agency_id?: components["parameters"]["RespAgencyId"];
                /** @description Positive id (rule id_format). */
                enterprise_id?: components["parameters"]["RespEnterpriseId"];
                /** @description Owner region; its whole subtree matches (rule region_unknown). */
                region_code?: components["parameters"]["RespRegionCode"];
                kind?: components["parameters"]["RespKind"];
                /** @description Fragment of person name, position or unit name. */
                q?: components["parameters"]["RespQ"];
                status?: components["parameters"]["RespStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateResponsibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponsibilityInput"];
            };
        };
        responses: {
            /** @description Updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Responsibility"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateResponsibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, now inactive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Responsibility"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listNotices: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                status?: "draft" | "sent";
                /** @description Title fragment (at most 100 bytes). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of notices (with attachments and stats). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticeInput"];
            };
        };
        responses: {
            /** @description The draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportNotices: {
        parameters: {
            query?: {
                status?: "draft" | "sent";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notice detail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticeInput"];
            };
        };
        responses: {
            /** @description The updated draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    sendNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sent notice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    remindNoticeRecipients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RemindRequest"];
            };
        };
        responses: {
            /** @description How many recipients were reminded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportNoticeRecipients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listInbox: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                status?: components["schemas"]["RecipientStatus"];
                /** @description Title fragment (at most 100 bytes). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of inbox items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportInbox: {
        parameters: {
            query?: {
                status?: components["schemas"]["RecipientStatus"];
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getInboxItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the caller's recipient row (notice_recipients.id), not the notice id. */
                id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recipient row and the notice (with attachments and chain, without stats). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    acknowledgeInboxItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the caller's recipient row (notice_recipients.id), not the notice id. */
                id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recipient row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    submitInboxFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the caller's recipient row (notice_recipients.id), not the notice id. */
                id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackInput"];
            };
        };
        responses: {
            /** @description The recipient row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    forwardInboxItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the caller's recipient row (notice_recipients.id), not the notice id. */
                id: components["parameters"]["RecipientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardInput"];
            };
        };
        responses: {
            /** @description The child notice (draft, or sent when `send` was true). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header: {
                /** @description File name, percent-encoded UTF-8; any directory part is dropped. */
                "X-Filename": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "application/msword": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "application/vnd.ms-excel": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "image/png": string;
                "image/jpeg": string;
                "text/plain": string;
                "application/zip": string;
                "application/x-zip-compressed": string;
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description Only unread ones (rule bool_invalid for other values). */
                unread_only?: "1" | "0" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getUnreadNotificationCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were marked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllResult"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification plus the remaining unread count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationRead"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    openNotificationSocket: {
        parameters: {
            query?: {
                /** @description Session token (64 characters), used only when no bearer header and no cookie are sent. */
                token?: string;
            };
            header: {
                Upgrade: "websocket";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching protocols; messages follow as WsNotificationMessage text frames. */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WsNotificationMessage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dashboard data computed inside the caller's scope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getTodo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The to-do items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Todo"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    listExplosiveProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplosiveCatalogue"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                keyword?: string;
                kind?: components["schemas"]["ProductKind"];
                status?: "active" | "inactive";
                owner?: "deployment" | "enterprise";
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            /** @description The product. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportProducts: {
        parameters: {
            query?: {
                keyword?: string;
                kind?: components["schemas"]["ProductKind"];
                status?: "active" | "inactive";
                owner?: "deployment" | "enterprise";
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (its history stays). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deactivateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    activateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getProductHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history (appended, never updated). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductHistory"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listStores: {
        parameters: {
            query?: {
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stores. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoreInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The store. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoreEdit"];
            };
        };
        responses: {
            /** @description The store after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listStorekeepers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Storekeepers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        store_id?: number;
                        /** @description Current storekeepers {user_id, username, display_name, assigned_at}. */
                        items?: Record<string, never>[];
                        /** @description Every assignment, newest first, with unassigned_at/unassigned_by once ended. */
                        history?: Record<string, never>[];
                        /** @description Active users of the store's enterprise with the ent_storekeeper role. */
                        candidates?: Record<string, never>[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assignStorekeeper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user_id: number;
                };
            };
        };
        responses: {
            /** @description Assigned; the storekeepers as in listStorekeepers. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        store_id?: number;
                        /** @description Current storekeepers {user_id, username, display_name, assigned_at}. */
                        items?: Record<string, never>[];
                        /** @description Every assignment, newest first, with unassigned_at/unassigned_by once ended. */
                        history?: Record<string, never>[];
                        /** @description Active users of the store's enterprise with the ent_storekeeper role. */
                        candidates?: Record<string, never>[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    unassignStorekeeper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unassigned; the storekeepers as in listStorekeepers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        store_id?: number;
                        /** @description Current storekeepers {user_id, username, display_name, assigned_at}. */
                        items?: Record<string, never>[];
                        /** @description Every assignment, newest first, with unassigned_at/unassigned_by once ended. */
                        history?: Record<string, never>[];
                        /** @description Active users of the store's enterprise with the ent_storekeeper role. */
                        candidates?: Record<string, never>[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getStoreCapacityHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history (appended, never updated). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCapacityHistory"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getStoreStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreStock"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listVouchers: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description Vouchers booking this store (as sender or receiver). */
                store_id?: number;
                direction?: "in" | "out" | "transfer";
                reason?: string;
                /** @description First posting date (YYYY-MM-DD), inclusive. */
                from?: string;
                /** @description Last posting date (YYYY-MM-DD), inclusive. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of vouchers (without codes). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    postVoucher: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherInput"];
            };
        };
        responses: {
            /** @description Posted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Voucher"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getVoucher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The voucher. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Voucher"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    reverseVoucher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversalInput"];
            };
        };
        responses: {
            /** @description Posted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Voucher"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    traceDetonatorCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the code is and every move it made, visible in the scope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeTrace"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listStocktakes: {
        parameters: {
            query?: {
                /** @description One enterprise within the caller's scope (the enterprise file's ledger tabs); an id outside the scope gives an empty list. */
                enterprise_id?: number;
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                store_id?: number;
                status?: "counted" | "approved" | "rejected";
                /** @description First counting date (YYYY-MM-DD), inclusive. */
                from?: string;
                /** @description Last counting date (YYYY-MM-DD), inclusive. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of stocktakes (without their code lists). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StocktakePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createStocktake: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StocktakeInput"];
                "text/plain": string;
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description The stocktake with its variance. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportStocktakes: {
        parameters: {
            query?: {
                /** @description One enterprise within the caller's scope (the enterprise file's ledger tabs); an id outside the scope gives an empty list. */
                enterprise_id?: number;
                store_id?: number;
                status?: "counted" | "approved" | "rejected";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download (at most 50,000 rows); column 差异产品 names the variance by product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getStocktake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stocktake. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    approveStocktake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    extra_product_id?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The approved stocktake with its adjustment vouchers and loss incident. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    rejectStocktake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The reason for rejecting, shown to the counter. */
                    note: string;
                };
            };
        };
        responses: {
            /** @description The rejected stocktake. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listLossIncidents: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                status?: "open" | "closed";
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of loss incidents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LossIncidentPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reportLossIncident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    store_id: number;
                    description: string;
                    /** Format: date-time */
                    discovered_at?: string;
                    codes?: string[];
                    quantities?: {
                        [key: string]: number;
                    };
                };
            };
        };
        responses: {
            /** @description The incident. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LossIncident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportLossIncidents: {
        parameters: {
            query?: {
                status?: "open" | "closed";
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download (at most 50,000 rows); column 涉及产品 names the lost goods by product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getLossIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LossIncident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    recordLossReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    office: "police" | "regulator";
                    /** Format: date-time */
                    reported_at: string;
                    reference: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The incident with the report. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LossIncident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    closeLossIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The closed incident. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LossIncident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDestructionPlans: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                status?: "draft" | "reporting" | "reported" | "closed";
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of destruction plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestructionPlanPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createDestructionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DestructionPlanInput"];
            };
        };
        responses: {
            /** @description The plan (status draft). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestructionPlan"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportDestructionPlans: {
        parameters: {
            query?: {
                status?: "draft" | "reporting" | "reported" | "closed";
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download (at most 50,000 rows). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDestructionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestructionPlan"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    recordDestructionReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description province = 省级民爆行业主管部门, police = 县级公安机关
                     * @enum {string}
                     */
                    office: "province" | "police";
                    /**
                     * Format: date
                     * @description Not after today.
                     */
                    reported_on: string;
                    receiving_unit: string;
                    document_number: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The plan with the report (a second report to one office corrects the first). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestructionPlan"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    registerPackaging: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    case_code?: string;
                    product_id: string;
                    boxes: {
                        box_code: string;
                        codes?: string[];
                        first_code?: string;
                        count?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The case (or the first box). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    storeSummary: {
        parameters: {
            query?: {
                period?: "day" | "month";
                /** @description YYYY-MM-DD for a day, YYYY-MM for a month; default today / this month. */
                date?: string;
            };
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreSummary"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listPurchaseFilings: {
        parameters: {
            query?: {
                /** @description One enterprise within the caller's scope (the enterprise file's ledger tabs); an id outside the scope gives an empty list. */
                enterprise_id?: number;
                status?: "pending" | "late" | "filed";
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Page of {voucher_id, voucher_number, enterprise_id, enterprise_name, store_id, store_name, bought_at, deadline, deadline_date, deadline_moved, deadline_nominal_date, deadline_label, deadline_label_en, deadline_source, deadline_source_en, products_zh, counterparty|null (the seller), police_filing|null, status, late}; the deadline is 24:00 China time of the third day after the purchase's China day (民法典 art. 201), moved off a statutory rest day (art. 203). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportPurchaseFilings: {
        parameters: {
            query?: {
                /** @description One enterprise within the caller's scope (the enterprise file's ledger tabs); an id outside the scope gives an empty list. */
                enterprise_id?: number;
                status?: "pending" | "late" | "filed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordPurchaseFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    filed_at: string;
                    reference: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The purchase with its filing, as in listPurchaseFilings. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDailyCloses: {
        parameters: {
            query?: {
                /** @description YYYY-MM (China Standard Time); default this month. */
                month?: string;
            };
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The month's days. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        store_id?: number;
                        month?: string;
                        /** @description {date, voucher_count, signed, signed_by {id, display_name}|null, signed_at|null, overdue} */
                        items?: Record<string, never>[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    signDailyClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description YYYY-MM-DD (China Standard Time), not in the future */
                    date: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Signed; the day's status as in getDailyClose. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyCloseStatus"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDailyClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The day's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyCloseStatus"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportStoreSummary: {
        parameters: {
            query?: {
                period?: "day" | "month";
                date?: string;
            };
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listSaleFilings: {
        parameters: {
            query?: {
                /** @description One enterprise within the caller's scope (the enterprise file's ledger tabs); an id outside the scope gives an empty list. */
                enterprise_id?: number;
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                status?: "pending" | "late" | "filed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sales. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: components["schemas"]["SaleFiling"][];
                        total?: number;
                        page?: number;
                        page_size?: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportSaleFilings: {
        parameters: {
            query?: {
                /** @description One enterprise within the caller's scope (the enterprise file's ledger tabs); an id outside the scope gives an empty list. */
                enterprise_id?: number;
                status?: "pending" | "late" | "filed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download (at most 50,000 rows). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordSaleFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    office: "province" | "police";
                    /** Format: date-time */
                    filed_at: string;
                    reference: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The sale with its filing status. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleFiling"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    ledgerOverview: {
        parameters: {
            query?: {
                /** @description Days after the last stocktake a store counts as overdue (default the settings key ledger_alerts.stocktake_overdue_days, itself 90 unless configured). */
                stocktake_overdue_days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stocktake_overdue_days?: number;
                        capacity_alert_percent?: number;
                        /** @description Stores in scope without a rated capacity (未核定库容) */
                        unrated_stores?: number;
                        items?: Record<string, never>[];
                        attention?: Record<string, never>[];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": "ok";
                };
            };
            /** @description Draining (shutting down). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": "draining";
                };
            };
        };
    };
    getNodeHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        node: string;
                        /** @enum {string} */
                        jobs: "leader" | "standby";
                        /** @enum {string} */
                        db: "ok" | "down";
                        /** @enum {string} */
                        dialect: "postgres" | "sqlite";
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description A metrics token is configured and the request does not carry it. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Public listener without a metrics token configured. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listHiddenDangers: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description A region inside the caller's subtree; its whole subtree is selected. */
                region_code?: components["parameters"]["HiddenDangerRegion"];
                industry?: string;
                level?: "unassessed" | "ordinary" | "major";
                state?: "reported" | "assessed" | "rectification_assigned" | "rectified" | "awaiting_regulator_signoff" | "closed" | "dismissed";
                source?: "inspection" | "ad_hoc" | "enforcement" | "referral" | "derived";
                /** @description a GB/T 13861-2022 code (1, 21, 2103, 210301): it and every code below it */
                hazard_factor?: string;
                /** @description a GB 6441 accident type 01-20 */
                accident_type?: string;
                overdue?: boolean;
                open?: boolean;
                /** @description under listed supervision (挂牌督办) */
                listed?: boolean;
                closed_on_time?: boolean;
                enterprise_id?: number;
                /** @description keyword in title, description, location or business number (YH…) */
                q?: string;
                found_from?: string;
                found_to?: string;
                closed_from?: string;
                closed_to?: string;
                sort?: "id" | "-id" | "found_on" | "-found_on" | "deadline" | "-deadline";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of hidden dangers (without history and photos); each carries its business number `number` (YH20261206-000042). `total`: a filter on region and industry only is counted exactly from the statistics summary; any other filter counts at most 10,000 rows (`kListCountLimit`): beyond it `total` is that limit and `total_exact` is false ("more than 10,000"); pages up to the limit still work. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: Record<string, never>[];
                        total?: number;
                        /** @description false: more than `total` match */
                        total_exact?: boolean;
                        page?: number;
                        page_size?: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reportHiddenDanger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hidden danger with its history. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    registerReferral: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hidden danger. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportHiddenDangers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    hiddenDangerStatistics: {
        parameters: {
            query?: {
                /** @description A region inside the caller's subtree; its whole subtree is selected. */
                region_code?: components["parameters"]["HiddenDangerRegion"];
                industry?: string;
                from?: string;
                to?: string;
                /** @description the GB/T 13861 code whose next level by_hazard_factor shows (default the four classes) */
                hazard_factor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description {region, period, totals, by_region[], by_industry[], by_month[], hazard_factor_path[], by_hazard_factor[{code, label_zh, label_en, own, has_children, figures}], by_accident_type[{code, label_zh, label_en, figures}]}; code '' = not classified; at the top level each breakdown adds up to the totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportHiddenDangerStatistics: {
        parameters: {
            query?: {
                /** @description A region inside the caller's subtree; its whole subtree is selected. */
                region_code?: components["parameters"]["HiddenDangerRegion"];
                industry?: string;
                from?: string;
                to?: string;
                hazard_factor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    hiddenDangerReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The value lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getHiddenDanger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hidden danger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        derivation?: {
                            /** @example 234-1 */
                            basis?: string;
                            basis_text_zh?: string;
                            basis_text_en?: string;
                            /** @example licence */
                            origin_kind?: string;
                            /** Format: int64 */
                            origin_id?: number;
                            created_at?: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    transitionHiddenDanger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hidden danger after the step. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listProductionHalts: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                enterprise_id?: number;
                state?: "halted" | "restarted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, plus halted_enterprises (in scope, whatever the filter). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordProductionHalt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The halt with its history. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getProductionHalt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The halt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    approveProductionRestart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The halt, restarted, with its history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listEnforcementInspections: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                enterprise_id?: number;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createEnforcementInspection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inspection with findings and actions. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportEnforcementInspections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getEnforcementReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description {kinds: [{value, label_zh, label_en}], legal_bases: [{value, label_zh, label_en}]} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getEnforcementInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inspection, with its business number `number` (ZF20261206-000007). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addEnforcementAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inspection with the new action. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listEnforcementPlans: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description items (plans), kinds (inspection kinds), can_create. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createEnforcementPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                    title: string;
                    targets?: {
                        kind?: string;
                        quarter?: number;
                        target_count?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The plan with its targets, draws, planned inspections and completion. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getEnforcementPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    drawEnforcementPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enterprise_count: number;
                    inspector_count: number;
                    kind?: string;
                    due_on: string;
                    industry?: string;
                    region_code?: string;
                    risk_level?: string;
                };
            };
        };
        responses: {
            /** @description The draw: seed, filters, pool sizes, planned_inspections, reproduced. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getEnforcementDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRiskReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listRiskObjects: {
        parameters: {
            query?: {
                enterprise_id?: number;
                include_inactive?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createRiskObject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateRiskObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateRiskObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reactivateRiskObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listRiskUnits: {
        parameters: {
            query?: {
                region?: string;
                enterprise_id?: number;
                level?: string;
                unit_type?: string;
                risk_object_id?: number;
                q?: string;
                include_inactive?: string;
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createRiskUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportRiskUnits: {
        parameters: {
            query?: {
                region?: string;
                enterprise_id?: number;
                level?: string;
                unit_type?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getRiskUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateRiskUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateRiskUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reactivateRiskUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    assessRiskUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    setRiskUnitPolygon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createRiskEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateRiskEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateRiskEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reactivateRiskEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createControlMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateControlMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateControlMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reactivateControlMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRiskMap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRiskMapImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setRiskMapPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getRiskOverview: {
        parameters: {
            query?: {
                region?: string;
                level?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportRiskRegister: {
        parameters: {
            query?: {
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listMajorHazards: {
        parameters: {
            query?: {
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createMajorHazard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateMajorHazard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateMajorHazard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reactivateMajorHazard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listChecklists: {
        parameters: {
            query?: {
                include_inactive?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listInspectionDuties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    putInspectionDuty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listInspectionAssignees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listInspectionTasks: {
        parameters: {
            query?: {
                status?: string;
                source?: string;
                mine?: string;
                region?: string;
                enterprise_id?: number;
                from?: string;
                to?: string;
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportInspectionTasks: {
        parameters: {
            query?: {
                status?: string;
                source?: string;
                mine?: string;
                region?: string;
                enterprise_id?: number;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getInspectionTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    executeInspectionTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportInspectionRecords: {
        parameters: {
            query?: {
                region?: string;
                enterprise_id?: number;
                checklist_id?: number;
                source?: string;
                kind?: string;
                from?: string;
                to?: string;
                inspector_user_id?: number;
                inspector?: string;
                result?: string;
                failed?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listInspectionRecords: {
        parameters: {
            query?: {
                region?: string;
                enterprise_id?: number;
                checklist_id?: number;
                source?: string;
                kind?: string;
                from?: string;
                to?: string;
                inspector_user_id?: number;
                inspector?: string;
                result?: string;
                failed?: string;
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createInspectionRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getInspectionRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    reportInspectionFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                position: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getWorkingCalendar: {
        parameters: {
            query?: {
                /** @description 2000-2100; default the current China year. */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year (published false and no days when no notice has been entered). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingCalendarYear"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    putWorkingCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkingCalendarInput"];
            };
        };
        responses: {
            /** @description The year as now stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingCalendarYear"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listAccidents: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                grade?: components["schemas"]["AccidentGrade"];
                /** @description GB 6441 type */
                accident_type?: string;
                /** @description First China day of occurrence */
                from?: string;
                /** @description Last China day of occurrence */
                to?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of accidents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reportAccident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccidentInput"];
            };
        };
        responses: {
            /** @description The accident. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportAccidents: {
        parameters: {
            query?: {
                grade?: components["schemas"]["AccidentGrade"];
                accident_type?: string;
                from?: string;
                to?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getAccident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accident. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    correctAccident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccidentInput"];
            };
        };
        responses: {
            /** @description The accident. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    followUpAccident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccidentInput"];
            };
        };
        responses: {
            /** @description The accident. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    forwardAccident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The accident. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accident"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listHiddenDangerReports: {
        parameters: {
            query?: {
                /** @description 2026-Q3 (a quarter) or 2026 (a year); rule kind_invalid. */
                period_key?: string;
                enterprise_id?: number;
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports (without their figures). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: components["schemas"]["HiddenDangerReport"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    generateHiddenDangerReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HiddenDangerReportPeriodInput"];
            };
        };
        responses: {
            /** @description The new draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HiddenDangerReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getHiddenDangerReportOverview: {
        parameters: {
            query?: {
                /** @description quarter | year (rules required, kind_invalid). Without period_kind, year and quarter: the last ended quarter. */
                period_kind?: components["parameters"]["HiddenDangerReportPeriodKind"];
                /** @description 2000-2100 (rules required, range). */
                year?: components["parameters"]["HiddenDangerReportYear"];
                /** @description 1-4, required for a quarter, absent for a year (quarter_not_allowed). */
                quarter?: components["parameters"]["HiddenDangerReportQuarter"];
                status?: components["schemas"]["HiddenDangerReportSubmissionStatus"];
                /** @description Enterprise name contains (at most 100 characters). */
                q?: string;
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubmitted enterprises first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HiddenDangerReportOverview"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportHiddenDangerReportOverview: {
        parameters: {
            query?: {
                /** @description quarter | year (rules required, kind_invalid). Without period_kind, year and quarter: the last ended quarter. */
                period_kind?: components["parameters"]["HiddenDangerReportPeriodKind"];
                /** @description 2000-2100 (rules required, range). */
                year?: components["parameters"]["HiddenDangerReportYear"];
                /** @description 1-4, required for a quarter, absent for a year (quarter_not_allowed). */
                quarter?: components["parameters"]["HiddenDangerReportQuarter"];
                status?: components["schemas"]["HiddenDangerReportSubmissionStatus"];
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    remindHiddenDangerReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HiddenDangerReportPeriodInput"] & {
                    enterprise_ids?: number[];
                };
            };
        };
        responses: {
            /** @description How many enterprises were reminded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reminded_enterprises: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getHiddenDangerReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HiddenDangerReportDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    editHiddenDangerReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HiddenDangerReportEdit"];
            };
        };
        responses: {
            /** @description The draft with its new content hash. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HiddenDangerReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    signHiddenDangerReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content_hash: string;
                };
            };
        };
        responses: {
            /** @description The signed report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HiddenDangerReportDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    submitHiddenDangerReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HiddenDangerReportDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listZeroReportPeriods: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                state?: "current" | "upcoming" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of periods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZeroReportPeriodPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    declareZeroReportPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZeroReportDeclaration"];
            };
        };
        responses: {
            /** @description The period, with notified_enterprises. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZeroReportPeriod"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getZeroReportPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The period. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZeroReportPeriod"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getZeroReportBoard: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                date?: string;
                status?: "missing" | "reported" | "nothing_abnormal" | "event" | "late";
            };
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZeroReportBoard"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportZeroReportBoard: {
        parameters: {
            query?: {
                date?: string;
                status?: string;
            };
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    remindZeroReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: date */
                    report_date?: string;
                };
            };
        };
        responses: {
            /** @description How many enterprises were reminded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        report_date: string;
                        reminded: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    fileZeroReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZeroReportInput"];
            };
        };
        responses: {
            /** @description The day's state and every version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZeroReportDay"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getZeroReportToday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Today's reports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        today: string;
                        items: components["schemas"]["ZeroReportPeriod"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getAccidentStatistics: {
        parameters: {
            query?: {
                /** @description First China day (default the first day of the month 11 months ago) */
                from?: string;
                /** @description Last China day (default today); at most 36 months */
                to?: string;
                /** @description Region code (GB/T 2260 or zone); the rows under it */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentStatistics"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportAccidentStatistics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getAccidentInvestigation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The investigation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentInvestigation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    putAccidentInvestigation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccidentInvestigationInput"];
            };
        };
        responses: {
            /** @description The investigation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentInvestigation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    addAccidentFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccidentFindingInput"];
            };
        };
        responses: {
            /** @description The investigation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentInvestigation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    accidentFindingToHiddenDanger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
                finding_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description The rectification deadline the investigation set
                     */
                    deadline?: string;
                };
            };
        };
        responses: {
            /** @description The investigation with `hidden_danger_id`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentInvestigation"] & {
                        /** Format: int64 */
                        hidden_danger_id: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listEmergencyResources: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                category?: components["schemas"]["EmergencyResourceCategory"];
                alert?: "due_soon" | "past_due" | "any";
                /** @description Part of the name or location */
                q?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyResourcePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createEmergencyResource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyResourceInput"];
            };
        };
        responses: {
            /** @description The item. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyResource"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportEmergencyResources: {
        parameters: {
            query?: {
                category?: components["schemas"]["EmergencyResourceCategory"];
                alert?: "due_soon" | "past_due" | "any";
                q?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getEmergencyResourceOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyResourceOverview"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getEmergencyResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyResource"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateEmergencyResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyResourceInput"];
            };
        };
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyResource"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deleteEmergencyResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        id: number;
                        deleted: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listEmergencyPlans: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                kind?: components["schemas"]["EmergencyPlanKind"];
                status?: components["schemas"]["EmergencyPlanStatus"];
                /** @description Part of the title or the enterprise name */
                keyword?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createEmergencyPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanInput"];
            };
        };
        responses: {
            /** @description The plan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportEmergencyPlans: {
        parameters: {
            query?: {
                kind?: components["schemas"]["EmergencyPlanKind"];
                status?: components["schemas"]["EmergencyPlanStatus"];
                /** @description Part of the title or the enterprise name */
                keyword?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getEmergencyPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateEmergencyPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanInput"];
            };
        };
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    addEmergencyPlanVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanVersionInput"];
            };
        };
        responses: {
            /** @description The plan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordEmergencyPlanReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanReviewInput"];
            };
        };
        responses: {
            /** @description The plan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    publishEmergencyPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanPublishInput"];
            };
        };
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    submitEmergencyPlanFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanFilingInput"];
            };
        };
        responses: {
            /** @description The plan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    acceptEmergencyPlanFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
                filing_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    returnEmergencyPlanFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
                filing_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanReturnInput"];
            };
        };
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordEmergencyPlanEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanEvaluationInput"];
            };
        };
        responses: {
            /** @description The plan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    triggerEmergencyPlanRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyPlanTriggerInput"];
            };
        };
        responses: {
            /** @description The plan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDrills: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                drill_type?: components["schemas"]["DrillType"];
                report_status?: components["schemas"]["DrillReportStatus"];
                /** @description First drill date */
                from?: string;
                /** @description Last drill date */
                to?: string;
                enterprise_id?: number;
                plan_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of drills. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordDrill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrillInput"];
            };
        };
        responses: {
            /** @description The drill. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportDrills: {
        parameters: {
            query?: {
                drill_type?: components["schemas"]["DrillType"];
                report_status?: components["schemas"]["DrillReportStatus"];
                from?: string;
                to?: string;
                enterprise_id?: number;
                plan_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDrillPlans: {
        parameters: {
            query?: {
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DrillPlanOption"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDrillCompliance: {
        parameters: {
            query?: {
                /** @description Default the current China year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subtree's compliance (or the enterprise's calendar). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillScopeCompliance"] | components["schemas"]["DrillEnterpriseCompliance"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportDrillCompliance: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getEnterpriseDrillCompliance: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillEnterpriseCompliance"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDrill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The drill. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    submitDrillReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                };
            };
        };
        responses: {
            /** @description The drill. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    acknowledgeDrillReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The drill. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    drillProblemToHiddenDanger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
                problem_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The drill (the problem carries hidden_danger_id). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    drillProblemToRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
                problem_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    plan_id: number;
                };
            };
        };
        responses: {
            /** @description The drill. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDutyUnits: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of units. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyUnitPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listDutyCoverage: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                unit_kind?: "enterprise" | "agency";
                /** @description 1 (default): only units with a gap, an overlap or a too-long stretch */
                problems?: "0" | "1";
                /** @description Part of the unit's name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of units with their coverage. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyCoveragePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportDutyCoverage: {
        parameters: {
            query?: {
                unit_kind?: "enterprise" | "agency";
                /** @description 1 (default): only units with a gap, an overlap or a too-long stretch */
                problems?: "0" | "1";
                /** @description Part of the unit's name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDutyCalendar: {
        parameters: {
            query?: {
                /** @description YYYY-MM (default the current China month) */
                month?: string;
            };
            header?: never;
            path: {
                /** @description The unit: enterprise-{id} or agency-{id}; anything else or out of scope answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyCalendar"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportDutyCalendar: {
        parameters: {
            query?: {
                /** @description YYYY-MM (default the current China month) */
                month?: string;
            };
            header?: never;
            path: {
                /** @description The unit: enterprise-{id} or agency-{id}; anything else or out of scope answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    setDutyPattern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unit: enterprise-{id} or agency-{id}; anything else or out of scope answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutyPatternInput"];
            };
        };
        responses: {
            /** @description The calendar of the current month. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyCalendar"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createDutyShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unit: enterprise-{id} or agency-{id}; anything else or out of scope answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutyShiftInput"];
            };
        };
        responses: {
            /** @description The shift. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShift"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    generateDutyMonth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unit: enterprise-{id} or agency-{id}; anything else or out of scope answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 2027-01 */
                    month: string;
                };
            };
        };
        responses: {
            /** @description The calendar of that month with created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyCalendar"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    copyDutyMonth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unit: enterprise-{id} or agency-{id}; anything else or out of scope answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 2026-12 */
                    from: string;
                    /** @example 2027-01 */
                    to: string;
                    dry_run?: boolean;
                };
            };
        };
        responses: {
            /** @description The figures (200 for a dry run). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyCopyPlan"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDutyUnitCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unit: enterprise-{id} or agency-{id}; anything else or out of scope answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coverage. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyCoverage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDutySwaps: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                status?: "requested" | "approved" | "refused" | "withdrawn";
            };
            header?: never;
            path: {
                /** @description The unit: enterprise-{id} or agency-{id}; anything else or out of scope answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of swaps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySwapPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDutyShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShift"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    editDutyShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutyShiftInput"];
            };
        };
        responses: {
            /** @description The shift. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShift"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    cancelDutyShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The shift. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShift"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    requestDutySwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    to_user_id: number;
                    with_shift_id?: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The swap. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySwap"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDutySwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The swap. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySwap"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    approveDutySwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required to refuse */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The swap. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySwap"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    refuseDutySwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required to refuse */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The swap. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySwap"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    withdrawDutySwap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required to refuse */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The swap. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySwap"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDutyShifts: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                enterprise_id?: number;
                agency_id?: number;
                /** @description First China day of the shift's start */
                from?: string;
                /** @description Last China day of the shift's start */
                to?: string;
                handover?: "none" | "unacknowledged" | "acknowledged";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of shifts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getCurrentDutyShifts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current shifts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftCurrent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    exportDutyLog: {
        parameters: {
            query?: {
                enterprise_id?: number;
                agency_id?: number;
                /** @description First China day (default six days before to) */
                from?: string;
                /** @description Last China day (default today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getOnShiftDesk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftDesk"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    checkInDutyShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftDesk"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    checkOutDutyShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftDesk"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    appendDutyLogEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutyLogEntryInput"];
            };
        };
        responses: {
            /** @description The shift. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftDesk"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    handOverDutyShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutyHandoverInput"];
            };
        };
        responses: {
            /** @description The shift. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftDesk"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    acknowledgeDutyHandover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The (outgoing) shift. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftDesk"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDutySpotChecks: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                target_kind?: "enterprise" | "agency";
                /** @description First planned day */
                from?: string;
                /** @description Last planned day */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckRoundPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createDutySpotCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutySpotCheckRoundInput"];
            };
        };
        responses: {
            /** @description The round with its units. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckRoundDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportDutySpotChecks: {
        parameters: {
            query?: {
                target_kind?: "enterprise" | "agency";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDutySpotCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckRoundDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getDutySpotCheckOnDuty: {
        parameters: {
            query?: {
                item_id?: number;
                at?: string;
            };
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is on duty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckOnDutyList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordDutySpotCheckCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutySpotCheckCallInput"];
            };
        };
        responses: {
            /** @description The round with the call. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckRoundDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDutySpotCheckFindings: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description waiting = open or returned */
                state?: "waiting" | "open" | "answered" | "accepted" | "returned";
                overdue?: boolean;
                round_id?: number;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of findings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckFindingPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportDutySpotCheckFindings: {
        parameters: {
            query?: {
                state?: string;
                overdue?: boolean;
                round_id?: number;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDutySpotCheckFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The finding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckFindingDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    answerDutySpotCheckFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutySpotCheckFindingText"];
            };
        };
        responses: {
            /** @description The finding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckFindingDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    acceptDutySpotCheckFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DutySpotCheckFindingText"];
            };
        };
        responses: {
            /** @description The finding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckFindingDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    returnDutySpotCheckFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutySpotCheckFindingText"];
            };
        };
        responses: {
            /** @description The finding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySpotCheckFindingDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getLicenceKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceKinds"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listLicences: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description safety_production | explosives_production | explosives_sales | a configured kind */
                kind?: string;
                /** @description status as of today */
                status?: "valid" | "suspended" | "revoked" | "expired";
                expiring_within_days?: number;
                /** @description GB/T 2260 code */
                region?: string;
                enterprise_id?: number;
                number?: string;
                enterprise_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicencePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    registerLicence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenceInput"];
            };
        };
        responses: {
            /** @description The licence. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportLicences: {
        parameters: {
            query?: {
                /** @description safety_production | explosives_production | explosives_sales | a configured kind */
                kind?: string;
                /** @description status as of today */
                status?: "valid" | "suspended" | "revoked" | "expired";
                expiring_within_days?: number;
                /** @description GB/T 2260 code */
                region?: string;
                enterprise_id?: number;
                number?: string;
                enterprise_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getLicence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    suspendLicence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenceStatusChange"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    reinstateLicence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenceStatusChange"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    revokeLicence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenceStatusChange"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listLicenceApplications: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                kind?: string;
                status?: "submitted" | "approved" | "refused" | "withdrawn";
                application_type?: "new" | "renewal" | "change";
                region?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceApplicationPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    submitLicenceApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenceApplicationInput"];
            };
        };
        responses: {
            /** @description The application. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportLicenceApplications: {
        parameters: {
            query?: {
                kind?: string;
                status?: "submitted" | "approved" | "refused" | "withdrawn";
                application_type?: "new" | "renewal" | "change";
                region?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getLicenceApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    decideLicenceApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenceDecision"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    withdrawLicenceApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getLicenceConditions: {
        parameters: {
            query?: {
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceConditions"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listSafetyEvaluations: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyEvaluationPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordSafetyEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SafetyEvaluationInput"];
            };
        };
        responses: {
            /** @description The evaluation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyEvaluation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportSafetyEvaluations: {
        parameters: {
            query?: {
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listLicenceAlerts: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                finding?: components["schemas"]["LicenceAlertFinding"];
                status?: "open" | "resolved";
                licence_kind?: string;
                /** @description Enterprise name contains */
                q?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of warnings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceAlertPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportLicenceAlerts: {
        parameters: {
            query?: {
                finding?: components["schemas"]["LicenceAlertFinding"];
                status?: "open" | "resolved";
                licence_kind?: string;
                q?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getIndustryStructure: {
        parameters: {
            query?: {
                /** @description China calendar year (default this year) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The structure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndustryStructure"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listWorkshops: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                status?: "active" | "retired";
                enterprise_id?: number;
                /** @description GB/T 2260 code of a region in the caller's sight (its subtree) */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of workshops. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createWorkshop: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkshopInput"];
            };
        };
        responses: {
            /** @description The workshop with its versions and head counts. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workshop"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportWorkshops: {
        parameters: {
            query?: {
                status?: "active" | "retired";
                enterprise_id?: number;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download (at most 50,000 rows). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getWorkshop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workshop. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workshop"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    editWorkshop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkshopInput"];
            };
        };
        responses: {
            /** @description The workshop. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workshop"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deactivateWorkshop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workshop. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workshop"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    reactivateWorkshop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workshop. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workshop"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    recordWorkshopHeadcount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    people: number;
                    /**
                     * @default manual
                     * @enum {string}
                     */
                    source?: "manual" | "sensor";
                };
            };
        };
        responses: {
            /** @description The workshop with the new count. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workshop"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listFourOverCases: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                criterion?: "output" | "product_type" | "hours" | "storage" | "staffing";
                state?: "open" | "cleared";
                enterprise_id?: number;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of cases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FourOverCasePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportFourOverCases: {
        parameters: {
            query?: {
                criterion?: "output" | "product_type" | "hours" | "storage" | "staffing";
                state?: "open" | "cleared";
                enterprise_id?: number;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download (at most 50,000 rows). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listVetoRounds: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                kind?: components["schemas"]["VetoKind"];
                status?: "open" | "confirmed";
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoRoundPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createVetoRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    kind: components["schemas"]["VetoKind"];
                    /** Format: date */
                    period_from?: string;
                    /**
                     * Format: date
                     * @description at most today; the period spans at most 5 years
                     */
                    period_to?: string;
                };
            };
        };
        responses: {
            /** @description The round. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoRound"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportVetoRounds: {
        parameters: {
            query?: {
                kind?: components["schemas"]["VetoKind"];
                status?: "open" | "confirmed";
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    vetoImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getVetoRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoRound"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addVetoApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enterprise_name?: string;
                    enterprise_id?: number;
                    /** @description entrepreneur awards: empty means the legal representative */
                    applicant_name?: string;
                    project?: string;
                };
            };
        };
        responses: {
            /** @description The application (pending). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    importVetoApplications: {
        parameters: {
            query?: never;
            header?: {
                "X-Filename"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description How many applications were added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    checkVetoRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round with the new figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoRound"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    confirmVetoRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applications: number;
                    vetoed: number;
                };
            };
        };
        responses: {
            /** @description The confirmed round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoRound"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listVetoApplications: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                round_id?: number;
                enterprise_id?: number;
                result?: components["schemas"]["VetoResult"];
                enterprise_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoApplicationPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    submitVetoApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    round_id: number;
                    project: string;
                    applicant_name?: string;
                };
            };
        };
        responses: {
            /** @description The application (pending). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportVetoApplications: {
        parameters: {
            query?: {
                round_id?: number;
                enterprise_id?: number;
                result?: components["schemas"]["VetoResult"];
                enterprise_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    openVetoRounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoRoundPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getVetoApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VetoApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listQualifiedPeople: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description principal, safety_manager, special_worker, storekeeper, guard, escort, driver, blaster, manager */
                role?: string;
                /** @description Part of the name */
                name?: string;
                status?: "in_post" | "left";
                /** @description Principals and safety managers past their examination due day without a pass (234号 item 3) */
                exam?: "overdue";
                enterprise_id?: number;
                agency_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPersonPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createQualifiedPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualifiedPersonInput"];
            };
        };
        responses: {
            /** @description The person with certificates, examinations and training. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportQualifiedPeople: {
        parameters: {
            query?: {
                /** @description principal, safety_manager, special_worker, storekeeper, guard, escort, driver, blaster, manager */
                role?: string;
                /** @description Part of the name */
                name?: string;
                status?: "in_post" | "left";
                /** @description Principals and safety managers past their examination due day without a pass (234号 item 3) */
                exam?: "overdue";
                enterprise_id?: number;
                agency_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getQualifiedPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateQualifiedPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualifiedPersonInput"];
            };
        };
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    leaveQualifiedPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualificationLeaveInput"];
            };
        };
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    addPersonCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCertificateInput"];
            };
        };
        responses: {
            /** @description The person. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    addPersonExamination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonExaminationInput"];
            };
        };
        responses: {
            /** @description The person. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    addPersonTraining: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingRecordInput"];
            };
        };
        responses: {
            /** @description The person. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listPersonCertificates: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                kind?: string;
                number?: string;
                /** @description Unrevoked certificates ending on or before this day */
                expires_before?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonCertificatePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportPersonCertificates: {
        parameters: {
            query?: {
                kind?: string;
                number?: string;
                /** @description Unrevoked certificates ending on or before this day */
                expires_before?: string;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    revokePersonCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualificationReasonInput"];
            };
        };
        responses: {
            /** @description The certificate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonCertificate"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listTrainingRecords: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                from?: string;
                to?: string;
                course?: string;
                enterprise_id?: number;
                /** @description agency = the agencies' enforcement staff */
                staff?: "enterprise" | "agency";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of training records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRecordPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportTrainingRecords: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                course?: string;
                enterprise_id?: number;
                /** @description agency = the agencies' enforcement staff */
                staff?: "enterprise" | "agency";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Xlsx"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getQualificationSummary: {
        parameters: {
            query?: {
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualificationSummary"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    putSafetyDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SafetyDepartmentInput"];
            };
        };
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualificationSummary"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listEnforcementStaff: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                /** @description Part of the name */
                name?: string;
                status?: "in_post" | "left";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of staff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPersonPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    createEnforcementStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualifiedPersonInput"];
            };
        };
        responses: {
            /** @description The officer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    addEnforcementStaffTraining: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingRecordInput"];
            };
        };
        responses: {
            /** @description The officer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listDishonestyEntries: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                state?: "candidate" | "noticed" | "listed" | "expired" | "removed" | "dismissed";
                criterion?: string;
                keyword?: string;
                enterprise_id?: number;
                listed_today?: "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    enterDishonestyCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enterprise_id: number;
                    criterion: string;
                    facts: string;
                    principal_name?: string;
                    file_ids: number[];
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportDishonestyEntries: {
        parameters: {
            query?: {
                state?: "candidate" | "noticed" | "listed" | "expired" | "removed" | "dismissed";
                criterion?: string;
                keyword?: string;
                enterprise_id?: number;
                listed_today?: "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDishonestyCriteria: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Criteria and configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getPublicDishonestyList: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
                keyword?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of published entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            422: components["responses"]["ValidationFailed"];
        };
    };
    detectDishonestyCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added?: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAccidentReportingFindings: {
        parameters: {
            query: {
                accident_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The findings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordAccidentReportingFinding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accident_id: number;
                    /** @enum {string} */
                    kind: "concealed" | "false_report";
                    finding: string;
                    /** Format: date */
                    found_on: string;
                };
            };
        };
        responses: {
            /** @description The candidate opened. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        candidate_id?: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getDishonestyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    noticeDishonestyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notice_number: string;
                    principal_name?: string;
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    recordDishonestyDefence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    defence: string;
                    file_ids?: number[];
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    decideDishonestyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision_number: string;
                    reasons: string;
                    /** Format: date */
                    decided_on?: string;
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    publishDishonestyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    dismissDishonestyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    applyCreditRepair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    file_ids: number[];
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    decideCreditRepair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
                repair_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    revokeCreditRepair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
                repair_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    submitOwnDishonestyDefence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    defence: string;
                    file_ids?: number[];
                };
            };
        };
        responses: {
            /** @description The entry with its events, repairs and evidence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateEnforcementStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualifiedPersonInput"];
            };
        };
        responses: {
            /** @description The officer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualifiedPerson"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listCreditRelevantInvestigationFindings: {
        parameters: {
            query?: {
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of findings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            accident: {
                                id: number;
                                number: string;
                                title: string;
                            };
                            enterprise: {
                                id: number;
                                name: string;
                            };
                            kind: string;
                            title: string;
                            description: string;
                            responsible: string;
                            created_at: string;
                            candidate_id: number | null;
                        }[];
                        total: number;
                        page: number;
                        page_size: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    enterDishonestyCandidateFromInvestigationFinding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    finding_id: number;
                };
            };
        };
        responses: {
            /** @description The candidate. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DishonestyEntryDetail"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listStoreCapacityRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The store's requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCapacityRequestList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    requestStoreCapacityChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoreCapacityRequestInput"];
            };
        };
        responses: {
            /** @description The request as filed (pending). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCapacityRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listCapacityRequests: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
                store_id?: number;
                enterprise_id?: number;
                /** @description Page number (rules integer, range). */
                page?: components["parameters"]["Page"];
                /** @description Items per page (rules integer, range). */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCapacityRequestPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    exportCapacityRequests: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
                store_id?: number;
                enterprise_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getCapacityRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCapacityRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    decideCapacityRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric id; a non-numeric value answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoreCapacityDecision"];
            };
        };
        responses: {
            /** @description The request as decided. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreCapacityRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
}
