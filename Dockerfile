# Multi-stage build: Maven on JDK 25, then a JRE 25 runtime as a non-root user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY frontend frontend
COPY config config
RUN ./mvnw -B -ntp -Pcontainer package -DskipTests \
 && cp target/leaps-portal-*.jar /build/leaps-portal.jar

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin leaps
WORKDIR /app
COPY --from=build /build/leaps-portal.jar /app/leaps-portal.jar
USER leaps
# Production: external MariaDB (LEAPS_DB_URL), Keycloak sign-in, no demo data.
ENV SPRING_PROFILES_ACTIVE=prod,keycloak \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/leaps-portal.jar"]
