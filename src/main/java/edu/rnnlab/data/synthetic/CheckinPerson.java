package edu.rnnlab.data.synthetic;

import edu.rnnlab.data.synthetic.CheckinCity.Kind;
import edu.rnnlab.data.synthetic.CheckinCity.Venue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One simulated user: a home, a workplace, the stations near both, and favourite places, plus the
 * weekly routine that strings them together. What comes next depends on the time of day, the weekday
 * and on who the user is (their home and office appear earlier in the trajectory), not only on the
 * previous venue — shared places such as stations and popular cafés are followed by different places
 * for different users and hours. That is the structure a first-order Markov chain cannot capture and
 * a recurrent model with time inputs can.
 */
final class CheckinPerson {

    /** A place the user is at and when (local time); {@code weight} scales the check-in chance. */
    record Visit(Venue venue, LocalDateTime time, double weight) {}

    final String id;
    /** Chance of checking in at a routine visit (users differ a lot). */
    final double activity;

    private final Venue home;
    private final Venue work;
    private final Venue homeStation;
    private final Venue workStation;
    private final List<Venue> coffee = new ArrayList<>();
    private final List<Venue> lunch = new ArrayList<>();
    private final List<Venue> dinner = new ArrayList<>();
    private final List<Venue> bars = new ArrayList<>();
    private final List<Venue> weekend = new ArrayList<>();
    private final Venue gym;
    private final Venue grocery;
    private final boolean gymMonWedFri;
    private final Random rnd;

    CheckinPerson(String id, CheckinCity city, Random rnd) {
        this.id = id;
        this.rnd = rnd;
        // A few near-silent users, so the "too few check-ins" rule has something to skip.
        this.activity = rnd.nextDouble() < 0.03 ? 0.004 : Math.min(0.8, 0.36 * Math.exp(0.45 * rnd.nextGaussian()));
        home = city.newHome();
        work = city.pick(Kind.OFFICE, null, 1);
        homeStation = city.pick(Kind.TRANSIT, home, 0.01);
        workStation = city.pick(Kind.TRANSIT, work, 0.01);
        add(coffee, city, Kind.COFFEE, work, 1 + rnd.nextInt(2));
        add(coffee, city, Kind.COFFEE, home, 1);
        add(lunch, city, Kind.FOOD, work, 3 + rnd.nextInt(3));
        add(dinner, city, Kind.FOOD, home, 2 + rnd.nextInt(2));
        add(bars, city, Kind.BAR, rnd.nextBoolean() ? home : work, 2);
        add(weekend, city, Kind.PARK, home, 1 + rnd.nextInt(2));
        add(weekend, city, Kind.SHOP, null, 2);
        add(weekend, city, Kind.LEISURE, null, 1);
        gym = rnd.nextDouble() < 0.6 ? city.pick(Kind.GYM, rnd.nextBoolean() ? home : work, 0.02) : null;
        gymMonWedFri = rnd.nextBoolean();
        grocery = city.pick(Kind.GROCERY, home, 0.01);
    }

    /** The visits of one day, in time order. */
    List<Visit> day(LocalDate date) {
        List<Visit> v = new ArrayList<>();
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            visit(v, date, home, 10.0, 0.6);
            if (rnd.nextDouble() < 0.5) {
                visit(v, date, favourite(dinner), 11.5, 0.9);
            }
            visit(v, date, favourite(weekend), 13.5, 1.0);
            if (rnd.nextDouble() < 0.5) {
                visit(v, date, favourite(weekend), 16.0, 1.0);
            }
            if (dow == DayOfWeek.SATURDAY && rnd.nextDouble() < 0.5) {
                visit(v, date, favourite(bars), 22.0, 1.0);
            } else if (dow == DayOfWeek.SUNDAY) {
                visit(v, date, grocery, 17.5, 0.8);
            }
            visit(v, date, home, 23.3, 0.7);
            return v;
        }
        visit(v, date, home, 7.2, 0.5);
        visit(v, date, homeStation, 7.8, 0.8);
        if (rnd.nextDouble() < 0.7) {
            visit(v, date, coffee.get(0), 8.3, 1.0);
        }
        visit(v, date, work, 8.8, 1.3);
        visit(v, date, favourite(lunch), 12.5, 1.0);
        if (rnd.nextDouble() < 0.2) {
            visit(v, date, favourite(coffee), 15.5, 0.8);
        }
        visit(v, date, workStation, 18.0, 0.8);
        boolean gymDay = gym != null && (gymMonWedFri ? dow.getValue() % 2 == 1 : dow.getValue() % 2 == 0);
        if (gymDay) {
            visit(v, date, gym, 18.8, 1.1);
        } else if ((dow == DayOfWeek.THURSDAY || dow == DayOfWeek.FRIDAY) && rnd.nextDouble() < 0.6) {
            visit(v, date, favourite(bars), 19.5, 1.1);
        } else if (rnd.nextDouble() < 0.3) {
            visit(v, date, grocery, 19.0, 0.8);
        }
        if (rnd.nextDouble() < 0.35) {
            visit(v, date, favourite(dinner), 20.2, 0.9);
        }
        visit(v, date, home, 21.5, 0.9);
        return v;
    }

    private void visit(List<Visit> visits, LocalDate date, Venue venue, double hour, double weight) {
        double h = Math.max(0, Math.min(23.99, hour + 0.35 * rnd.nextGaussian()));
        LocalDateTime t = date.atStartOfDay().plusSeconds((long) (h * 3600));
        if (!visits.isEmpty() && !t.isAfter(visits.get(visits.size() - 1).time())) {
            t = visits.get(visits.size() - 1).time().plusMinutes(5 + rnd.nextInt(20));
        }
        visits.add(new Visit(venue, t, weight));
    }

    /** Favourites are visited unevenly: the first one most. */
    private Venue favourite(List<Venue> list) {
        int i = 0;
        while (i < list.size() - 1 && rnd.nextDouble() < 0.45) {
            i++;
        }
        return list.get(i);
    }

    private void add(List<Venue> list, CheckinCity city, Kind kind, Venue near, int n) {
        for (int i = 0; i < n; i++) {
            list.add(city.pick(kind, near, near == null ? 1 : 0.015));
        }
    }
}
