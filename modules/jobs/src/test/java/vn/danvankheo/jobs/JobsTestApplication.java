package vn.danvankheo.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class JobsTestApplication {}
