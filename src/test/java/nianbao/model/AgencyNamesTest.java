package nianbao.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgencyNamesTest {

    @Test
    void writesTheDivisionARegionAndAnAgencyShareOnce() {
        assertEquals("江南省临川市青山县卫生健康委员会", AgencyNames.withRegion("江南省临川市青山县", "青山县卫生健康委员会"));
        assertEquals("江南省临江市云溪区白石镇人民政府", AgencyNames.withRegion("江南省临江市云溪区白石镇", "白石镇人民政府"));
        assertEquals("江南省临江市城关街道办事处", AgencyNames.withRegion("江南省临江市城关街道", "城关街道办事处"));
    }

    @Test
    void putsARegionThatDoesNotEndWithTheAgencysDivisionInFront() {
        assertEquals("江南省临江市云溪区白石镇人民政府", AgencyNames.withRegion("江南省临江市云溪区", "白石镇人民政府"));
        assertEquals("江南省国家税务总局临江市税务局", AgencyNames.withRegion("江南省", "国家税务总局临江市税务局"));
    }

    @Test
    void leavesAnAgencyNameThatAlreadyStartsWithItsRegionAlone() {
        assertEquals("江南省临江市自然资源局", AgencyNames.withRegion("江南省临江市", "江南省临江市自然资源局"));
        assertEquals("青山县卫生健康委员会", AgencyNames.withRegion("  ", "青山县卫生健康委员会"));
        assertEquals("青山县卫生健康委员会", AgencyNames.withRegion(null, "青山县卫生健康委员会"));
    }

    @Test
    void readsBackTheRegionItWrote() {
        for (String[] c : new String[][] {{"江南省临川市青山县", "青山县卫生健康委员会"}, {"江南省临江市", "临江市自然资源和规划局"},
            {"江南省临江市云溪区白石镇", "白石镇人民政府"}, {"江南省", "国家税务总局临江市税务局"}}) {
            assertEquals(c[0], AgencyNames.regionOf(AgencyNames.withRegion(c[0], c[1]), c[1]), c[0] + " + " + c[1]);
        }
    }

    @Test
    void readsARegionWithoutTheAgencysOwnDivisionAsIncludingIt() {
        // 江南省 + 临江市… prints as 江南省临江市…, which reads the same as region 江南省临江市.
        assertEquals("江南省临江市", AgencyNames.regionOf(AgencyNames.withRegion("江南省", "临江市自然资源和规划局"), "临江市自然资源和规划局"));
    }

    @Test
    void findsNoRegionInTheAgencyItselfOrInAnotherName() {
        assertNull(AgencyNames.regionOf("青山县卫生健康委员会", "青山县卫生健康委员会"));
        assertNull(AgencyNames.regionOf("昆区卫生健康委员会", "昆都仑区卫生健康委员会"));
        assertNull(AgencyNames.regionOf("县政务公开办公室", "青山县卫生健康委员会"));
        assertNull(AgencyNames.regionOf("江南省临江市自然资源局", "江南省临江市自然资源局"));
        assertNull(AgencyNames.regionOf(null, "青山县卫生健康委员会"));
    }
}
