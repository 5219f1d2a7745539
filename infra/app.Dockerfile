# Builds and runs the application; used by infra/docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package -pl web-ui -am

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app dvk
WORKDIR /app
COPY --from=build /src/web-ui/target/dvk-web-ui-*.jar /app/app.jar
COPY data/vn-admin /app/data/vn-admin
COPY data/criteria /app/data/criteria
USER dvk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
