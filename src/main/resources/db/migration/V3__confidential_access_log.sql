-- 46a-54-37a(b), 22a, 23a: every reading of a confidential complainant's identity is recorded.
CREATE TABLE confidential_access (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    docket_number VARCHAR(20)  NOT NULL REFERENCES complaint (docket_number),
    user_id       VARCHAR(64)  NOT NULL,
    read_at       TIMESTAMP    NOT NULL
);
