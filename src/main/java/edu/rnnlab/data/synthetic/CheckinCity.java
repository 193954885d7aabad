package edu.rnnlab.data.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The simulated city of the check-in generator: neighbourhoods in a New-York-sized box, venue
 * categories grouped by what people do there, and venues with coordinates and a skewed popularity
 * (a few places draw most visitors, as on Foursquare). Homes are private, one per user.
 */
final class CheckinCity {

    /** What a venue is for; each kind has a few Foursquare-style category names. */
    enum Kind {
        HOME(0, "Home (private)"),
        OFFICE(60, "Office", "Tech Startup", "College Academic Building"),
        TRANSIT(40, "Subway", "Train Station", "Bus Station"),
        COFFEE(120, "Coffee Shop", "Café"),
        FOOD(
                450,
                "Pizza Place",
                "Deli / Bodega",
                "American Restaurant",
                "Chinese Restaurant",
                "Mexican Restaurant",
                "Sushi Restaurant",
                "Italian Restaurant",
                "Burger Joint",
                "Food Truck"),
        BAR(150, "Bar", "Pub", "Cocktail Bar"),
        GYM(50, "Gym / Fitness Center"),
        GROCERY(100, "Grocery Store", "Drugstore / Pharmacy"),
        PARK(60, "Park", "Playground"),
        SHOP(120, "Clothing Store", "Electronics Store", "Bookstore", "Department Store"),
        LEISURE(50, "Movie Theater", "Museum", "Music Venue", "Stadium");

        final int count;
        final String[] categories;

        Kind(int count, String... categories) {
            this.count = count;
            this.categories = categories;
        }
    }

    /** A category: Foursquare-style 24-hex id and name. */
    record Category(String id, String name) {}

    /** A venue with its category, place and popularity weight. */
    record Venue(String id, Kind kind, Category category, double lat, double lon, double weight) {}

    private static final double LAT_MIN = 40.57;
    private static final double LAT_MAX = 40.90;
    private static final double LON_MIN = -74.03;
    private static final double LON_MAX = -73.77;
    private static final int NEIGHBOURHOODS = 16;
    /** Neighbourhoods 0..2 are business districts: offices sit there. */
    private static final int BUSINESS = 3;

    final double[][] centres = new double[NEIGHBOURHOODS][];
    final Map<Kind, List<Venue>> venues = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Category>> categories = new EnumMap<>(Kind.class);
    private final Random rnd;

    CheckinCity(Random rnd) {
        this.rnd = rnd;
        for (int n = 0; n < NEIGHBOURHOODS; n++) {
            centres[n] = new double[] {
                LAT_MIN + 0.05 + (LAT_MAX - LAT_MIN - 0.1) * rnd.nextDouble(),
                LON_MIN + 0.04 + (LON_MAX - LON_MIN - 0.08) * rnd.nextDouble()
            };
        }
        for (Kind kind : Kind.values()) {
            List<Category> list = new ArrayList<>();
            for (String name : kind.categories) {
                list.add(new Category(hexId(), name));
            }
            categories.put(kind, list);
            List<Venue> vs = new ArrayList<>();
            for (int i = 0; i < kind.count; i++) {
                int n = kind == Kind.OFFICE ? rnd.nextInt(BUSINESS) : rnd.nextInt(NEIGHBOURHOODS);
                vs.add(venue(kind, n, Math.exp(1.1 * rnd.nextGaussian())));
            }
            venues.put(kind, vs);
        }
    }

    /** A new private home in a residential neighbourhood. */
    Venue newHome() {
        Venue home = venue(Kind.HOME, BUSINESS + rnd.nextInt(NEIGHBOURHOODS - BUSINESS), 1);
        venues.get(Kind.HOME).add(home);
        return home;
    }

    /** A venue of a kind, drawn by popularity and closeness to {@code near} (null = anywhere). */
    Venue pick(Kind kind, Venue near, double scaleDegrees) {
        List<Venue> list = venues.get(kind);
        double[] w = new double[list.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            Venue v = list.get(i);
            double d = near == null ? 0 : Math.hypot(v.lat() - near.lat(), v.lon() - near.lon());
            w[i] = v.weight() * Math.exp(-d / scaleDegrees);
            total += w[i];
        }
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r <= 0) {
                return list.get(i);
            }
        }
        return list.get(w.length - 1);
    }

    private Venue venue(Kind kind, int neighbourhood, double weight) {
        List<Category> cs = categories.get(kind);
        Category c = cs.get(rnd.nextInt(cs.size()));
        double lat = clamp(centres[neighbourhood][0] + 0.012 * rnd.nextGaussian(), LAT_MIN, LAT_MAX);
        double lon = clamp(centres[neighbourhood][1] + 0.012 * rnd.nextGaussian(), LON_MIN, LON_MAX);
        return new Venue(hexId(), kind, c, lat, lon, weight);
    }

    private String hexId() {
        byte[] b = new byte[12];
        rnd.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
