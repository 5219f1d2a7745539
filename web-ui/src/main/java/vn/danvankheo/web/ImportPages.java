package vn.danvankheo.web;

import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.imports.ImportTarget;

/** The annex-01 import page: the file, the proposed columns, the dry run's table, then the commit. */
@Controller
class ImportPages {

    static final String IMPORT_PAGE = "/nhap-du-lieu";

    @GetMapping(IMPORT_PAGE)
    String importPage(@AuthenticationPrincipal AccountPrincipal principal, Model page) {
        page.addAttribute("account", principal.account());
        page.addAttribute("targets", Arrays.asList(ImportTarget.values()));
        return "import";
    }
}
