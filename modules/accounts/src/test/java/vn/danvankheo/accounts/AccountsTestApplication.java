package vn.danvankheo.accounts;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = {"vn.danvankheo.places", "vn.danvankheo.accounts"})
class AccountsTestApplication {}
