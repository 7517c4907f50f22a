-- One MariaDB server for the portal and Keycloak, each with its own database and user.
CREATE DATABASE IF NOT EXISTS leaps CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'leaps'@'%' IDENTIFIED BY 'leaps-change-me';
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY 'keycloak-change-me';
GRANT ALL PRIVILEGES ON leaps.* TO 'leaps'@'%';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
