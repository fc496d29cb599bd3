package nianbao.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency's name with its region in front, as the 导语 of a published report says who compiled it
 * ("由江南省临川市青山县卫生健康委员会编制"), and the region read back out of such a name. A region that
 * ends with the division the agency's name starts with (江南省临川市<b>青山县</b> + <b>青山县</b>卫生健康委员会)
 * is joined once, so the region is always read as including that division.
 */
public final class AgencyNames {

    /** The division an agency's name starts with: 青山县 of 青山县卫生健康委员会, 平潭综合实验区 of 平潭综合实验区管委会. */
    private static final Pattern LEADING_DIVISION = Pattern.compile(
            "^\\p{IsHan}{1,7}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|县|旗|区|镇|乡|街道)");

    private AgencyNames() {
    }

    /**
     * The compiler's full name as the 导语 prints it.
     *
     * @param region the region (所属地区), or null
     * @param agency the agency (机关名称)
     * @return the agency when there is no region or the name already starts with it, else region + agency
     *         with a division both share written once
     */
    public static String withRegion(String region, String agency) {
        if (region == null || region.isBlank() || agency.startsWith(region.strip())) {
            return agency;
        }
        String r = region.strip();
        String division = leadingDivision(agency);
        if (division != null && r.endsWith(division)) {
            return r + agency.substring(division.length());
        }
        return r + agency;
    }

    /**
     * The region out of a full name that {@link #withRegion} could have made.
     *
     * @param fullName the compiler's name as printed
     * @param agency the agency as the title names it
     * @return the region, including the division the agency's name starts with; null when the full name
     *         is the agency itself or does not end with it
     */
    public static String regionOf(String fullName, String agency) {
        if (fullName == null || agency == null || agency.isBlank()) {
            return null;
        }
        String division = leadingDivision(agency);
        String rest = division == null ? agency : agency.substring(division.length());
        if (rest.isEmpty() || !fullName.endsWith(rest)) {
            return null;
        }
        String region = fullName.substring(0, fullName.length() - rest.length());
        if (division != null && !region.endsWith(division)) {
            return null;
        }
        int own = division == null ? 0 : division.length();
        return region.length() > own ? region : null;
    }

    /** The division the agency's name starts with, or null. */
    static String leadingDivision(String agency) {
        Matcher m = LEADING_DIVISION.matcher(agency);
        return m.find() && m.end() < agency.length() ? m.group() : null;
    }
}
