package vn.danvankheo.accounts;

/** An administration change outside the administrator's province, or by someone who is not one: a 403. */
public class AdministrationRefusedException extends RuntimeException {

    public AdministrationRefusedException(String message) {
        super(message);
    }
}
