# privacybot: multi-stage build of a static binary on a small non-root image.
#   docker build --build-arg VERSION=$(git describe --always) -t privacybot .
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/privacybot . \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/privacybot /usr/local/bin/privacybot
COPY --from=build --chown=65532:65532 /out/data /data
ENV PRIVACYBOT_DB=/data/privacybot.db \
    PRIVACYBOT_HTTP_ADDR=:8080
VOLUME ["/data"]
EXPOSE 8080
USER 65532:65532
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["/usr/local/bin/privacybot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/privacybot"]
CMD ["serve"]
