package vn.danvankheo.architecture.reach.alpha;

import vn.danvankheo.architecture.reach.alpha.inner.Internal;

/** The API of a fixture capability, for {@code ApiRuleCanFailTests}. */
public class Door {
    public String open() {
        return new Internal().state();
    }
}
