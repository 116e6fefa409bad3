package nl.buurtkracht.area;

import java.util.List;
import java.util.Optional;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.AreaViews.MunicipalityView;
import nl.buurtkracht.area.AreaViews.NeighbourhoodView;
import nl.buurtkracht.area.AreaViews.StreetView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the area hierarchy and manages blocks and their street hosts. */
@Service
public class Areas {

    private static final String NEIGHBOURHOOD = """
        select n.id, n.code, n.name, d.id as district_id, d.name as district_name,
          (select count(*) from street s where s.neighbourhood_id = n.id) as street_count,
          (select count(*) from address a where a.neighbourhood_id = n.id) as address_count
        from neighbourhood n join district d on d.id = n.district_id""";
    private static final String STREET = """
        select s.id, s.name, s.place_name, n.id as neighbourhood_id, n.name as neighbourhood_name,
          (select count(*) from address a where a.street_id = s.id) as address_count
        from street s join neighbourhood n on n.id = s.neighbourhood_id""";
    private static final String ADDRESS = """
        select a.id, a.street_id, s.name as street_name, a.neighbourhood_id, a.postcode, a.house_number,
          a.house_letter, a.addition, a.lat, a.lon
        from address a join street s on s.id = a.street_id""";

    private final JdbcClient jdbc;

    Areas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MunicipalityView> municipality() {
        return jdbc
            .sql("select id, code, name from municipality order by id limit 1")
            .query(MunicipalityView.class)
            .optional();
    }

    public List<NeighbourhoodView> neighbourhoods() {
        return jdbc.sql(NEIGHBOURHOOD + " order by n.name").query(NeighbourhoodView.class).list();
    }

    public Optional<NeighbourhoodView> neighbourhood(long id) {
        return jdbc.sql(NEIGHBOURHOOD + " where n.id = ?").param(id).query(NeighbourhoodView.class).optional();
    }

    public List<StreetView> streetsIn(long neighbourhoodId) {
        return jdbc
            .sql(STREET + " where s.neighbourhood_id = ? order by s.name")
            .param(neighbourhoodId)
            .query(StreetView.class)
            .list();
    }

    public Optional<StreetView> street(long id) {
        return jdbc.sql(STREET + " where s.id = ?").param(id).query(StreetView.class).optional();
    }

    public List<AddressView> addressesOn(long streetId) {
        return jdbc
            .sql(ADDRESS + " where a.street_id = ? order by a.house_number, a.house_letter, a.addition")
            .param(streetId)
            .query(AddressView.class)
            .list();
    }

    public Optional<AddressView> address(long id) {
        return jdbc.sql(ADDRESS + " where a.id = ?").param(id).query(AddressView.class).optional();
    }

    public Optional<AddressView> findAddress(String postcode, int houseNumber, String houseLetter, String addition) {
        return jdbc
            .sql(ADDRESS + " where a.postcode = ? and a.house_number = ? and a.house_letter = ? and a.addition = ?")
            .params(postcode, houseNumber, houseLetter, addition)
            .query(AddressView.class)
            .optional();
    }

    /** Makes a resident street host of a block; appointing the same host twice changes nothing. */
    @Transactional
    public void appointHost(long blockId, long residentId) {
        jdbc
            .sql("insert into block_host (block_id, resident_id) values (?, ?) on conflict do nothing")
            .params(blockId, residentId)
            .update();
    }
}
