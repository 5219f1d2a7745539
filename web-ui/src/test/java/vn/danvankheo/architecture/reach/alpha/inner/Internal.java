package vn.danvankheo.architecture.reach.alpha.inner;

/** Public for Java, but inside the fixture capability: no API for others. */
public class Internal {
    public String state() {
        return "inside";
    }
}
