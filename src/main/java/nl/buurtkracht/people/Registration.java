package nl.buurtkracht.people;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.people.HouseholdCodes.Redemption;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The two ways in: a household letter code, or registration by a street host or builder. */
@Service
public class Registration {

    /** What a newcomer types on the join page. */
    public record JoinRequest(
        String code,
        String displayName,
        String email,
        String password,
        @Nullable Integer birthYear,
        boolean showNameToStreet
    ) {}

    /** What a street host or builder fills in for a neighbour without email. */
    public record AssistedRequest(
        String displayName,
        String postcode,
        String houseNumber,
        @Nullable String phone,
        @Nullable Integer birthYear,
        boolean agreedToRepresentation,
        boolean showNameToStreet,
        ConsentMethod method
    ) {}

    static final int MIN_PASSWORD = 10;
    static final int MAX_NAME = 80;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{6,20}$");

    private final JdbcClient jdbc;
    private final HouseholdCodes codes;
    private final Accounts accounts;
    private final AddressLookup addresses;
    private final AreaAccess access;
    private final ConsentLedger consent;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(
        JdbcClient jdbc,
        HouseholdCodes codes,
        Accounts accounts,
        AddressLookup addresses,
        AreaAccess access,
        ConsentLedger consent,
        PasswordEncoder passwords,
        ApplicationEventPublisher events,
        Clock clock
    ) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.accounts = accounts;
        this.addresses = addresses;
        this.access = access;
        this.consent = consent;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a resident with an account at the code's address. Validates every field first; the
     * code's use is counted in the same transaction, so a failure leaves nothing behind.
     */
    @Transactional
    public long join(JoinRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = HouseholdCodes.normalise(request.code());
        if (!HouseholdCodes.wellFormed(code)) {
            problems.add(new FieldProblem("code", "join.code.malformed"));
        }
        String name = checkName(request.displayName(), problems);
        String email = request.email().strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add(new FieldProblem("email", "field.email.invalid"));
        } else if (accounts.emailTaken(email)) {
            problems.add(new FieldProblem("email", "join.email.taken"));
        }
        if (request.password().length() < MIN_PASSWORD || request.password().length() > 128) {
            problems.add(new FieldProblem("password", "join.password.length", MIN_PASSWORD));
        }
        checkBirthYear(request.birthYear(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String passwordHash = passwords.encode(request.password());
        // Counting the use is the last check: it takes the row lock that serialises racing joiners.
        Redemption redemption = codes.redeem(code);
        if (redemption instanceof Redemption.Refused refused) {
            throw InvalidInput.of("code", refused.messageKey());
        }
        long addressId = ((Redemption.Accepted) redemption).addressId();
        long residentId = insertResident(addressId, name, request.birthYear(), null, false);
        try {
            accounts.insert(residentId, name, email, passwordHash);
        } catch (DuplicateKeyException e) {
            // Someone registered the same email a moment ago; the transaction rolls back the code use.
            throw InvalidInput.of("email", "join.email.taken");
        }
        consent.record(
            residentId,
            ConsentPurpose.NAME_VISIBLE_TO_STREET,
            request.showNameToStreet(),
            null,
            false,
            ConsentMethod.ONLINE
        );
        events.publishEvent(new ResidentRegistered(residentId, addressId, false));
        return residentId;
    }

    /**
     * Registers a neighbour without email on behalf of a street host or builder, who then acts for
     * them. The neighbour's agreement to that is required and recorded with how it was given.
     */
    @Transactional
    public long registerAssisted(CurrentUser representative, AssistedRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = checkName(request.displayName(), problems);
        AddressView address = addresses.resolve(request.postcode(), request.houseNumber(), problems);
        String phone = request.phone() == null ? "" : request.phone().strip();
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "field.phone.invalid"));
        }
        checkBirthYear(request.birthYear(), problems);
        if (!request.agreedToRepresentation()) {
            problems.add(new FieldProblem("agreedToRepresentation", "assisted.consent.required"));
        }
        if (request.method() == ConsentMethod.ONLINE) {
            problems.add(new FieldProblem("method", "assisted.method.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        access.requireMayRegisterAt(representative, address);
        long residentId = insertResident(address.id(), name, request.birthYear(), phone.isEmpty() ? null : phone, true);
        jdbc
            .sql("insert into representation (representative_account_id, resident_id) values (?, ?)")
            .params(representative.accountId(), residentId)
            .update();
        consent.record(
            residentId,
            ConsentPurpose.ACT_ON_BEHALF,
            true,
            representative.accountId(),
            true,
            request.method()
        );
        consent.record(
            residentId,
            ConsentPurpose.NAME_VISIBLE_TO_STREET,
            request.showNameToStreet(),
            representative.accountId(),
            true,
            request.method()
        );
        events.publishEvent(new ResidentRegistered(residentId, address.id(), true));
        return residentId;
    }

    private long insertResident(
        long addressId,
        String name,
        @Nullable Integer birthYear,
        @Nullable String phone,
        boolean assisted
    ) {
        return jdbc
            .sql(
                """
                insert into resident (address_id, display_name, birth_year, phone, assisted) values (?, ?, ?, ?, ?)
                returning id"""
            )
            .params(addressId, name, birthYear, phone, assisted)
            .query(Long.class)
            .single();
    }

    private static String checkName(@Nullable String raw, List<FieldProblem> problems) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("displayName", "field.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("displayName", "field.too-long", MAX_NAME));
        }
        return name;
    }

    private void checkBirthYear(@Nullable Integer birthYear, List<FieldProblem> problems) {
        int thisYear = Year.now(clock).getValue();
        if (birthYear != null && (birthYear < 1900 || birthYear > thisYear)) {
            problems.add(new FieldProblem("birthYear", "field.birth-year.range", 1900, thisYear));
        }
    }
}
