package vn.danvankheo.media;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class MediaTestApplication {}
