package nl.buurtkracht.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Generates the fictional municipality Lindeveld: districts, neighbourhoods, streets, addresses,
 * blocks with street hosts, residents of all ages, their consents and demo accounts. The same
 * generator, given a larger resident count, produces the benchmark data sets; rows are written with
 * PostgreSQL COPY so that a million residents load in well under two minutes.
 */
@Component
public class DemoData {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoData.class);

    /** Password of every demo account; printed in the README. */
    public static final String DEMO_PASSWORD = "buurtkracht-demo";

    /** The named demo logins, one per role. */
    public static final String RESIDENT = "ria@demo.buurtkracht.nl";

    public static final String STREET_HOST = "henk@demo.buurtkracht.nl";
    public static final String OTHER_NEIGHBOURHOOD_RESIDENT = "kees@demo.buurtkracht.nl";
    public static final String COMMUNITY_BUILDER = "samira@demo.buurtkracht.nl";
    public static final String ANALYST = "analist@demo.buurtkracht.nl";
    public static final String ADMINISTRATOR = "beheer@demo.buurtkracht.nl";

    /** How big a data set to make; 600 residents is the living demo neighbourhood. */
    public record Spec(int residents, int addressesPerStreet, int streetsPerNeighbourhood, long seed) {
        public static Spec ofResidents(int residents) {
            return new Spec(residents, 50, 10, 42);
        }

        /** 2.5 addresses per resident on the platform: not everybody joins. */
        int addresses() {
            return Math.max(addressesPerStreet, (int) Math.round(residents * 2.5));
        }

        int streets() {
            return (addresses() + addressesPerStreet - 1) / addressesPerStreet;
        }

        int neighbourhoods() {
            return Math.max(3, (streets() + streetsPerNeighbourhood - 1) / streetsPerNeighbourhood);
        }

        int districts() {
            return (neighbourhoods() + 9) / 10;
        }
    }

    /** What was written, for the log and the benchmark. */
    public record Summary(
        int districts,
        int neighbourhoods,
        int streets,
        int addresses,
        int residents,
        int accounts,
        long millis
    ) {}

    private static final double BASE_LAT = 52.0900;
    private static final double BASE_LON = 5.1000;
    /** One neighbourhood is a cell of roughly 600 by 600 metres. */
    private static final double CELL_LAT = 0.0054;

    private static final double CELL_LON = 0.0088;
    private static final int ADDRESSES_PER_BLOCK = 25;

    private final DataSource dataSource;
    private final PasswordEncoder passwords;

    DemoData(DataSource dataSource, PasswordEncoder passwords) {
        this.dataSource = dataSource;
        this.passwords = passwords;
    }

    /**
     * Writes a whole municipality in one transaction, unless the database already has one. An
     * advisory lock makes app instances that start together seed only once.
     */
    public Optional<Summary> generateIfEmpty(Spec spec) {
        long start = System.nanoTime();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(7406)");
                var existing = statement.executeQuery("select exists (select 1 from municipality)");
                existing.next();
                if (existing.getBoolean(1)) {
                    connection.rollback();
                    connection.setAutoCommit(autoCommit);
                    return Optional.empty();
                }
                // The generator writes consistent data, so foreign-key triggers may be skipped for
                // this transaction; that needs a superuser (the embedded server's), else they run.
                var superuser = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user");
                if (superuser.next() && superuser.getBoolean(1)) {
                    statement.execute("set local session_replication_role = replica");
                }
            }
            Summary summary = write(spec, connection.unwrap(PGConnection.class), start);
            try (var statement = connection.createStatement()) {
                for (String table : List.of(
                    "municipality",
                    "district",
                    "neighbourhood",
                    "street",
                    "address",
                    "block",
                    "resident",
                    "account",
                    "consent_record",
                    "profile_item",
                    "service"
                )) {
                    statement.execute(
                        "select setval(pg_get_serial_sequence('" +
                        table +
                        "', 'id'), " +
                        "(select coalesce(max(id), 0) + 1 from " +
                        table +
                        "), false)"
                    );
                }
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
            try (var statement = connection.createStatement()) {
                long analyzeStart = System.nanoTime();
                statement.execute("analyze");
                log.debug("analyzed in {} ms", (System.nanoTime() - analyzeStart) / 1_000_000);
            }
            return Optional.of(
                new Summary(
                    summary.districts(),
                    summary.neighbourhoods(),
                    summary.streets(),
                    summary.addresses(),
                    summary.residents(),
                    summary.accounts(),
                    (System.nanoTime() - start) / 1_000_000
                )
            );
        } catch (SQLException | IOException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // The original failure is the one worth reporting.
            }
            throw new IllegalStateException("Demo data could not be written", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Summary write(Spec spec, PGConnection pg, long start) throws SQLException, IOException {
        var random = new SplittableRandom(spec.seed());
        int thisYear = Year.now().getValue();
        String demoHash = passwords.encode(DEMO_PASSWORD);

        copy(pg, "municipality (id, code, name)", rows -> rows.accept(row(1, "GM9999", "Lindeveld")));
        copy(pg, "district (id, municipality_id, code, name)", rows -> {
            for (int d = 0; d < spec.districts(); d++) {
                rows.accept(
                    row(
                        d + 1,
                        1,
                        String.format("WK9999%02d", d % 100) + (d >= 100 ? "" + d / 100 : ""),
                        d == 0 ? "Lindeveld-Oost" : "Lindeveld-" + (d + 1)
                    )
                );
            }
        });
        // Neighbourhoods are the cells of a grid, outlined as such for the maps.
        int gridColumns = (int) Math.ceil(Math.sqrt(spec.neighbourhoods()));
        copy(pg, "neighbourhood (id, district_id, code, name, outline)", rows -> {
            for (int n = 0; n < spec.neighbourhoods(); n++) {
                int district = n / 10;
                rows.accept(
                    row(
                        n + 1,
                        district + 1,
                        "BU9999" +
                        String.format("%02d%02d", district % 100, n % 10) +
                        (district >= 100 ? "" + district / 100 : ""),
                        DemoNames.neighbourhood(n),
                        cellOutline(n / gridColumns, n % gridColumns)
                    )
                );
            }
        });

        // Streets run east-west through their neighbourhood's cell, addresses along both sides.
        int streets = spec.streets();
        int[] streetNeighbourhood = new int[streets];
        copy(pg, "street (id, neighbourhood_id, name, place_name)", rows -> {
            for (int s = 0; s < streets; s++) {
                int neighbourhood = s / spec.streetsPerNeighbourhood();
                int district = neighbourhood / 10;
                streetNeighbourhood[s] = neighbourhood;
                rows.accept(
                    row(
                        s + 1,
                        neighbourhood + 1,
                        DemoNames.street((s % 500) + 500 * (district % 6)),
                        district == 0 ? "Lindeveld" : "Lindeveld-" + (district + 1)
                    )
                );
            }
        });
        int addresses = spec.addresses();
        double[] addressLat = new double[addresses];
        double[] addressLon = new double[addresses];
        int[] addressStreet = new int[addresses];
        copy(pg, "address (id, street_id, neighbourhood_id, postcode, house_number, lat, lon)", rows -> {
            for (int a = 0; a < addresses; a++) {
                int s = a / spec.addressesPerStreet();
                int number = (a % spec.addressesPerStreet()) + 1;
                int neighbourhood = streetNeighbourhood[s];
                int row = neighbourhood / gridColumns;
                int column = neighbourhood % gridColumns;
                int streetInCell = s % spec.streetsPerNeighbourhood();
                double lat =
                    BASE_LAT +
                    row * CELL_LAT +
                    ((streetInCell + 0.5) / spec.streetsPerNeighbourhood()) * CELL_LAT +
                    (number % 2 == 0 ? 0.00008 : -0.00008);
                double lon =
                    BASE_LON +
                    column * CELL_LON +
                    (0.05 + (0.9 * ((number - 1) / 2)) / (spec.addressesPerStreet() / 2.0)) * CELL_LON;
                addressLat[a] = lat;
                addressLon[a] = lon;
                addressStreet[a] = s;
                rows.accept(row(a + 1, s + 1, neighbourhood + 1, postcode(s), number, round(lat), round(lon)));
            }
        });
        int blocksPerStreet = (spec.addressesPerStreet() + ADDRESSES_PER_BLOCK - 1) / ADDRESSES_PER_BLOCK;
        copy(pg, "block (id, street_id, name)", rows -> {
            for (int s = 0; s < streets; s++) {
                for (int b = 0; b < blocksPerStreet; b++) {
                    int first = b * ADDRESSES_PER_BLOCK + 1;
                    int last = Math.min(spec.addressesPerStreet(), first + ADDRESSES_PER_BLOCK - 1);
                    rows.accept(row(s * blocksPerStreet + b + 1, s + 1, "Nrs " + first + "–" + last));
                }
            }
        });
        copy(pg, "block_address (block_id, address_id)", rows -> {
            for (int a = 0; a < addresses; a++) {
                int s = addressStreet[a];
                int b = (a % spec.addressesPerStreet()) / ADDRESSES_PER_BLOCK;
                rows.accept(row(s * blocksPerStreet + b + 1, a + 1));
            }
        });

        // Residents: the named demo people first, then neighbours spread over random addresses.
        List<Object[]> residents = new ArrayList<>(spec.residents());
        // Everybody joined the platform over a year ago, so that the fabric's twelve months and the
        // demo's year of contacts have people in them on a fresh install.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        residents.add(row(1, address(0, 7, spec), "Ria de Vries", 1948, "", false, joined(today, 1)));
        residents.add(row(2, address(0, 12, spec), "Henk Jansen", 1957, "06-12345678", false, joined(today, 2)));
        residents.add(
            row(3, address(spec.streetsPerNeighbourhood(), 3, spec), "Kees Bakker", 1990, "", false, joined(today, 3))
        );
        for (int r = residents.size(); r < spec.residents(); r++) {
            int addressId = 1 + random.nextInt(addresses);
            int birthYear = birthYear(random, thisYear);
            boolean assisted = birthYear < 1945 && random.nextInt(3) == 0;
            residents.add(
                row(r + 1, addressId, DemoNames.person(random), birthYear, "", assisted, joined(today, r + 1))
            );
        }
        copy(pg, "resident (id, address_id, display_name, birth_year, phone, assisted, created_at)", rows ->
            residents.forEach(rows)
        );

        // Street hosts: Henk for the first block of the demo street, then one in three blocks.
        int[] blockHost = new int[streets * blocksPerStreet + 1];
        blockHost[1] = 2;
        for (Object[] r : residents) {
            int id = (int) r[0];
            if (id <= 3 || (boolean) r[5]) {
                continue;
            }
            int a = (int) r[1] - 1;
            int block = addressStreet[a] * blocksPerStreet + (a % spec.addressesPerStreet()) / ADDRESSES_PER_BLOCK + 1;
            if (blockHost[block] == 0 && block % 3 == 0) {
                blockHost[block] = id;
            }
        }
        copy(pg, "block_host (block_id, resident_id)", rows -> {
            for (int b = 1; b < blockHost.length; b++) {
                if (blockHost[b] != 0) {
                    rows.accept(row(b, blockHost[b]));
                }
            }
        });

        // Accounts: every resident who is not assisted, plus the professionals.
        int[] accounts = { 0 };
        copy(pg, "account (id, resident_id, email, password_hash, display_name)", rows -> {
            for (Object[] r : residents) {
                if ((boolean) r[5]) {
                    continue;
                }
                int id = (int) r[0];
                String email = switch (id) {
                    case 1 -> RESIDENT;
                    case 2 -> STREET_HOST;
                    case 3 -> OTHER_NEIGHBOURHOOD_RESIDENT;
                    default -> "bewoner" + id + "@demo.buurtkracht.nl";
                };
                rows.accept(row(id, id, email, demoHash, r[2]));
                accounts[0]++;
            }
        });
        int builder = spec.residents() + 1;
        copy(pg, "account (id, resident_id, email, password_hash, display_name)", rows -> {
            rows.accept(row(builder, null, COMMUNITY_BUILDER, demoHash, "Samira El Amrani"));
            rows.accept(row(builder + 1, null, ANALYST, demoHash, "Anton Analist"));
            rows.accept(row(builder + 2, null, ADMINISTRATOR, demoHash, "Bea Beheer"));
        });
        copy(pg, "account_role (account_id, role)", rows -> {
            rows.accept(row(builder, "COMMUNITY_BUILDER"));
            rows.accept(row(builder + 1, "MUNICIPALITY_ANALYST"));
            rows.accept(row(builder + 2, "ADMINISTRATOR"));
        });
        // The demo builder works in the first three neighbourhoods.
        copy(pg, "builder_neighbourhood (account_id, neighbourhood_id)", rows -> {
            for (int n = 1; n <= Math.min(3, spec.neighbourhoods()); n++) {
                rows.accept(row(builder, n));
            }
        });
        // Assisted residents are represented by their block's host, or else by the builder.
        copy(pg, "representation (representative_account_id, resident_id)", rows -> {
            for (Object[] r : residents) {
                if ((boolean) r[5]) {
                    int a = (int) r[1] - 1;
                    int block =
                        addressStreet[a] * blocksPerStreet + (a % spec.addressesPerStreet()) / ADDRESSES_PER_BLOCK + 1;
                    rows.accept(row(blockHost[block] != 0 ? blockHost[block] : builder, r[0]));
                }
            }
        });
        int[] consentId = { 0 };
        copy(
            pg,
            "consent_record (id, subject_resident_id, purpose, granted, recorded_by_account_id, on_behalf, method)",
            rows -> {
                for (Object[] r : residents) {
                    int id = (int) r[0];
                    boolean assisted = (boolean) r[5];
                    Object recorder = assisted ? null : id;
                    String method = assisted ? "VERBAL" : "ONLINE";
                    if (assisted) {
                        rows.accept(row(++consentId[0], id, "ACT_ON_BEHALF", true, null, true, method));
                    }
                    if (id <= 3 || random.nextInt(4) != 0) {
                        rows.accept(
                            row(++consentId[0], id, "NAME_VISIBLE_TO_STREET", true, recorder, assisted, method)
                        );
                    }
                    if (id == 2 || random.nextInt(5) < 2) {
                        rows.accept(
                            row(++consentId[0], id, "SHARE_WITH_COMMUNITY_BUILDER", true, recorder, assisted, method)
                        );
                    }
                }
            }
        );
        // Profiles, strengths first: Ria bakes and walks, Henk does the shopping; the others 0 to 5
        // items from the catalogue (labels as in i18n/profiles.properties), mostly for their street.
        String[][] tags = {
            { "TALENT", "koken", "Koken" },
            { "TALENT", "tuinieren", "Tuinieren" },
            { "TALENT", "klussen", "Klussen" },
            { "TALENT", "luisteren", "Luisteren" },
            { "LIKE", "koffie-drinken", "Koffie drinken" },
            { "LIKE", "spelletjes", "Spelletjes" },
            { "LIKE", "lezen", "Lezen" },
            { "OFFER", "hond-uitlaten", "De hond uitlaten" },
            { "OFFER", "gezelschap", "Gezelschap, een praatje" },
            { "OFFER", "computer-hulp", "Helpen met de computer of telefoon" },
            { "WISH", "samen-wandelen", "Samen wandelen" },
            { "WISH", "koffie-bezoek", "Iemand die op de koffie komt" },
            { "LANGUAGE", "nederlands", "Nederlands" },
            { "LANGUAGE", "engels", "Engels" },
            { "LANGUAGE", "turks", "Turks" },
            { "LANGUAGE", "arabisch", "Arabisch" },
        };
        String[] audiences = { "STREET", "STREET", "STREET", "STREET", "NEIGHBOURHOOD", "BLOCK", "ONLY_ME" };
        // Each item carries its owner's address, street and neighbourhood: a database trigger sets
        // them on every insert, but triggers are off while seeding as a superuser (see above).
        copy(
            pg,
            "profile_item (resident_id, kind, tag, label, visibility, address_id, street_id, neighbourhood_id)",
            rows -> {
                Consumer<Object[]> item = values -> {
                    int a = (int) residents.get((int) values[0] - 1)[1] - 1;
                    int s = addressStreet[a];
                    rows.accept(
                        row(
                            values[0],
                            values[1],
                            values[2],
                            values[3],
                            values[4],
                            a + 1,
                            s + 1,
                            streetNeighbourhood[s] + 1
                        )
                    );
                };
                item.accept(row(1, "TALENT", "bakken", "Bakken", "STREET"));
                item.accept(row(1, "LIKE", "wandelen", "Wandelen", "STREET"));
                item.accept(row(2, "OFFER", "boodschappen", "Boodschappen doen", "NEIGHBOURHOOD"));
                for (int id = 4; id <= residents.size(); id++) {
                    int count = random.nextInt(6);
                    // Distinct tags: a window of the list from a random start.
                    int first = random.nextInt(tags.length);
                    for (int i = 0; i < count; i++) {
                        String[] tag = tags[(first + i * 3) % tags.length];
                        item.accept(row(id, tag[0], tag[1], tag[2], audiences[random.nextInt(audiences.length)]));
                    }
                }
            }
        );
        // The sociale kaart: services for the first three neighbourhoods, some for all of them.
        Object[][] services = {
            {
                "Buurthuis De Linde — inloopspreekuur",
                "Met elke vraag over wonen, geld, zorg of meedoen kunt u hier binnenlopen. Een opbouwwerker denkt met u mee.",
                "Buurthuis De Linde, 030-7001001",
                "Dinsdag en donderdag 9:30–12:00 uur",
                "Lindeplein 1, Lindeveld",
                52.0927,
                5.1044,
                new int[] { 1, 2, 3 },
            },
            {
                "Boodschappendienst Lindeveld (vrijwilligers)",
                "Vrijwilligers doen boodschappen voor buren die dat zelf even niet kunnen.",
                "Bel 06-10000001 (Marja)",
                "Bestellen op maandag, bezorgen op woensdag",
                "",
                null,
                null,
                new int[] { 1, 2 },
            },
            {
                "Repair Café",
                "Samen kapotte spullen repareren: kleding, fietsen, lampen en kleine apparaten.",
                "repaircafe@lindeveld.example",
                "Elke eerste zaterdag van de maand 10:00–13:00 uur",
                "Buurthuis De Linde, Lindeplein 1",
                52.0927,
                5.1044,
                new int[] { 1, 2, 3 },
            },
            {
                "Computerhulp in de bibliotheek",
                "Hulp bij de computer, de telefoon, DigiD en e-mail. Neem uw eigen apparaat mee.",
                "Bibliotheek Lindeveld, 030-7001002",
                "Woensdag 14:00–16:00 uur",
                "Kerkstraat 12, Lindeveld",
                52.0901,
                5.1132,
                new int[] { 1, 2, 3 },
            },
            {
                "Voedselbank",
                "Een wekelijks voedselpakket voor huishoudens die even te weinig geld hebben. Aanmelden gaat via het maatschappelijk werk.",
                "voedselbank@lindeveld.example",
                "Vrijdag 13:00–15:00 uur (uitgifte)",
                "Havenweg 4, Lindeveld",
                null,
                null,
                new int[] { 1, 2, 3 },
            },
            {
                "Wijkverpleging",
                "Verpleging en verzorging thuis, bijvoorbeeld na een ziekenhuisopname.",
                "Wijkteam Zorg, 030-7001003 (dag en nacht)",
                "Altijd bereikbaar",
                "",
                null,
                null,
                new int[] { 1, 2, 3 },
            },
            {
                "Ouderenadviseur",
                "Advies voor 65-plussers over wonen, hulp in huis, geld en eenzaamheid. Komt ook bij u thuis.",
                "030-7001004",
                "Maandag tot en met vrijdag 9:00–17:00 uur",
                "",
                null,
                null,
                new int[] { 1, 2 },
            },
            {
                "Taalcafé",
                "Nederlands oefenen in een gezellige groep, met een kopje koffie.",
                "taalcafe@lindeveld.example",
                "Donderdag 19:00–20:30 uur",
                "Buurthuis De Linde, Lindeplein 1",
                52.0927,
                5.1044,
                new int[] { 1 },
            },
            {
                "Maatschappelijk werk",
                "Hulp bij zorgen over geld, relaties, opvoeding of werk. Gratis en vertrouwelijk.",
                "030-7001005",
                "Inloop maandag 13:00–15:00 uur",
                "Gezondheidscentrum, Molenweg 20",
                null,
                null,
                new int[] { 1, 2, 3 },
            },
            {
                "Sportief wandelen 55+",
                "Elke week samen een uur wandelen in het park, in uw eigen tempo.",
                "Bel 06-10000002 (Joop)",
                "Dinsdag 10:00 uur, start bij de vijver",
                "Lindepark",
                52.0952,
                5.1090,
                new int[] { 2 },
            },
            {
                "Formulierenhulp",
                "Vrijwilligers helpen met formulieren en brieven van de gemeente, de Belastingdienst en zorgverzekeraars.",
                "030-7001006",
                "Woensdag 9:30–11:30 uur",
                "Bibliotheek Lindeveld, Kerkstraat 12",
                52.0901,
                5.1132,
                new int[] { 1, 3 },
            },
            {
                "Mantelzorgsteunpunt",
                "Steun, advies en af en toe een adempauze voor wie zorgt voor een naaste.",
                "mantelzorg@lindeveld.example, 030-7001007",
                "Maandag tot en met donderdag 9:00–16:00 uur",
                "",
                null,
                null,
                new int[] { 1, 2, 3 },
            },
        };
        copy(pg, "service (id, name, purpose, contact, opening_hours, address, lat, lon)", rows -> {
            for (int i = 0; i < services.length; i++) {
                Object[] s = services[i];
                rows.accept(row(i + 1, s[0], s[1], s[2], s[3], s[4], s[5], s[6]));
            }
        });
        copy(pg, "service_neighbourhood (service_id, neighbourhood_id)", rows -> {
            for (int i = 0; i < services.length; i++) {
                for (int n : (int[]) services[i][7]) {
                    rows.accept(row(i + 1, n));
                }
            }
        });
        return new Summary(
            spec.districts(),
            spec.neighbourhoods(),
            streets,
            addresses,
            residents.size(),
            accounts[0] + 3,
            (System.nanoTime() - start) / 1_000_000
        );
    }

    /** A grid cell as a GeoJSON polygon (longitude first, as GeoJSON wants). */
    private static String cellOutline(int row, int column) {
        double south = round(BASE_LAT + row * CELL_LAT);
        double north = round(south + CELL_LAT);
        double west = round(BASE_LON + column * CELL_LON);
        double east = round(west + CELL_LON);
        return (
            "{\"type\":\"Polygon\",\"coordinates\":[[[" +
            west +
            "," +
            south +
            "],[" +
            east +
            "," +
            south +
            "],[" +
            east +
            "," +
            north +
            "],[" +
            west +
            "," +
            north +
            "],[" +
            west +
            "," +
            south +
            "]]]}"
        );
    }

    /** Ages from toddlers to over-nineties, with more people in the middle years. */
    private static int birthYear(SplittableRandom random, int thisYear) {
        int age = Math.min(98, Math.max(0, (int) Math.round(45 + random.nextGaussian() * 22)));
        return thisYear - age;
    }

    private static int address(int street, int number, Spec spec) {
        return street * spec.addressesPerStreet() + number;
    }

    /** A unique postcode per street: 1000AA, 1000AB, … */
    private static String postcode(int street) {
        int letters = street % 676;
        return (1000 + street / 676) + "" + (char) ('A' + letters / 26) + (char) ('A' + (letters % 26));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** A day between 400 and 700 days ago, the same for a resident on a given day. */
    private static LocalDate joined(LocalDate today, int residentId) {
        return today.minusDays(400 + ((residentId * 37L) % 300));
    }

    private static Object[] row(Object... values) {
        return values;
    }

    /** Streams rows into a table with COPY, in chunks so that memory stays flat. */
    private static void copy(PGConnection pg, String target, Consumer<Consumer<Object[]>> producer)
        throws SQLException, IOException {
        long start = System.nanoTime();
        var buffer = new StringBuilder(1 << 20);
        var copy = pg.getCopyAPI();
        String sql = "copy " + target + " from stdin";
        try {
            producer.accept(values -> {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        buffer.append('\t');
                    }
                    buffer.append(values[i] == null ? "\\N" : escape(values[i].toString()));
                }
                buffer.append('\n');
                if (buffer.length() > (8 << 20)) {
                    flush(copy, sql, buffer);
                }
            });
            flush(copy, sql, buffer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        log.debug("copied {} in {} ms", target, (System.nanoTime() - start) / 1_000_000);
    }

    private static void flush(org.postgresql.copy.CopyManager copy, String sql, StringBuilder buffer) {
        if (buffer.isEmpty()) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(buffer.toString()));
        } catch (SQLException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        buffer.setLength(0);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
