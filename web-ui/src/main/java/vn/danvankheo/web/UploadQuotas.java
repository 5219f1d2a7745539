package vn.danvankheo.web;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.media.UploadAllowance;

/**
 * What each role may have open and send per day through uploads (dvk.upload-quotas.&lt;ROLE&gt;.open-at-once and
 * .bytes-per-day). A unit's contributor registers many models with photos and videos; a journalist or a committee
 * member attaches little, so an account of theirs that is misused fills little storage.
 */
@ConfigurationProperties("dvk.upload-quotas")
public record UploadQuotas(Map<Role, UploadAllowance> byRole) {

    private static final long GIB = 1024L * 1024 * 1024;
    private static final Map<Role, UploadAllowance> DEFAULTS = Map.of(
            Role.CONTRIBUTOR, new UploadAllowance(20, 20 * GIB),
            Role.MODERATOR, new UploadAllowance(20, 20 * GIB),
            Role.ADMINISTRATOR, new UploadAllowance(20, 20 * GIB),
            Role.COMMITTEE_MEMBER, new UploadAllowance(5, 2 * GIB),
            Role.JOURNALIST, new UploadAllowance(3, 4 * GIB));

    public UploadQuotas {
        Map<Role, UploadAllowance> merged = new EnumMap<>(DEFAULTS);
        if (byRole != null) {
            merged.putAll(byRole);
        }
        byRole = Map.copyOf(merged);
    }

    UploadAllowance of(Role role) {
        return byRole.get(role);
    }
}
