package nianbao.legacy.layouts;

import nianbao.model.Report;

import java.math.BigDecimal;
import java.util.Random;

/**
 * Invented but realistic annual reports, consistent under T3-ROW, T3-RESULT, T3-BAL and T4-SUM.
 * Like real ones they are mostly zeros: a third of the agencies received no request at all, most
 * requests come from 自然人 and end in 予以公开 or 本机关不掌握; a few large agencies have thousands.
 * Deterministic from the seed.
 */
final class ReportGenerator {

    private static final String[] PLACES = {"清溪县", "云岭市", "桃源区", "松涛县", "金沙区", "北河市", "临湖县", "雁鸣区",
        "青禾县", "望海市", "石岩县", "梅岭区", "东篱县", "南浦市", "鹤山县", "长汀区"};
    private static final String[] DEPARTMENTS = {"人力资源和社会保障局", "住房和城乡建设局", "交通运输局", "生态环境局",
        "农业农村局", "卫生健康委员会", "教育局", "民政局", "司法局", "财政局", "应急管理局", "市场监督管理局",
        "自然资源和规划局", "水利局", "文化和旅游局", "统计局", "人民政府", "医疗保障局", "退役军人事务局", "林业局"};
    /** Where requests end, by weight: 予以公开, 部分公开, the 8 不予公开, 3 无法提供, 5 不予处理, 3 其他处理. */
    private static final int[] RESULT_WEIGHTS = {40, 9, 1, 1, 1, 2, 1, 2, 1, 1, 20, 4, 2, 3, 3, 1, 1, 1, 3, 1, 2};
    /** Who asks, by weight: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
    private static final int[] APPLICANT_WEIGHTS = {80, 11, 1, 1, 4, 3};

    private ReportGenerator() {
    }

    /** One report; {@code n} makes the agency names of a batch differ. */
    static Report generate(long seed, int n) {
        Random rnd = new Random(seed);
        String agency = PLACES[rnd.nextInt(PLACES.length)] + DEPARTMENTS[(n + rnd.nextInt(DEPARTMENTS.length)) % DEPARTMENTS.length];
        int year = 2021 + rnd.nextInt(5);
        Report.Builder b = Report.builder(Grid.SCHEMA);
        b.text("meta.agency", agency).number("meta.year", year)
                .text("meta.publish_date", (year + 1) + "-01-" + (10 + rnd.nextInt(20)))
                .text("meta.data_scope", "本机关");

        int requests = switch (rnd.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6 -> 0;
            case 7, 8, 9, 10, 11, 12, 13 -> 1 + rnd.nextInt(9);
            case 14, 15, 16, 17 -> 10 + rnd.nextInt(90);
            default -> 100 + rnd.nextInt(rnd.nextBoolean() ? 400 : 2900);
        };
        long[][] t3 = new long[Grid.ROWS][Grid.COLS];
        for (int i = 0; i < requests; i++) {
            int r = Grid.FIRST_RESULT + pick(rnd, RESULT_WEIGHTS);
            t3[r][pick(rnd, APPLICANT_WEIGHTS)]++;
        }
        for (int c = 0; c < 6; c++) {
            for (int r = Grid.FIRST_RESULT; r <= Grid.LAST_RESULT; r++) {
                t3[Grid.TOTAL][c] += t3[r][c];
            }
            long carryOver = requests > 0 && rnd.nextInt(c == 0 ? 3 : 8) == 0 ? rnd.nextInt(1 + requests / 10) : 0;
            long carried = requests > 0 && rnd.nextInt(c == 0 ? 3 : 8) == 0 ? rnd.nextInt(1 + requests / 10) : 0;
            carried = Math.min(carried, t3[Grid.TOTAL][c] + carryOver);
            t3[Grid.CARRY_OVER][c] = carryOver;
            t3[Grid.CARRIED][c] = carried;
            t3[Grid.NEW][c] = t3[Grid.TOTAL][c] + carryOver - carried;
        }
        for (int r = 0; r < Grid.ROWS; r++) {
            for (int c = 0; c < 6; c++) {
                t3[r][6] += t3[r][c];
            }
            for (int c = 0; c < Grid.COLS; c++) {
                b.number(Grid.t3(r, c), t3[r][c]);
            }
        }
        int disputes = rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(10) < 8 ? 1 + rnd.nextInt(6) : 5 + rnd.nextInt(40);
        for (int g = 0; g < 3; g++) {
            long sum = 0;
            for (int k = 0; k < 4; k++) {
                long v = disputes == 0 || rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(1 + disputes / (g + 1));
                b.number(Grid.t4(g * 5 + k), v);
                sum += v;
            }
            b.number(Grid.t4(g * 5 + 4), sum);
        }
        boolean city = agency.contains("市") && rnd.nextInt(3) == 0;
        long rulesValid = city ? rnd.nextInt(30) : 0;
        long rulesMade = city ? rnd.nextInt(4) : 0;
        b.number("t2.rules.made", rulesMade).number("t2.rules.repealed", city ? rnd.nextInt(3) : 0)
                .number("t2.rules.valid", rulesValid + rulesMade);
        long made = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(rnd.nextBoolean() ? 6 : 60);
        b.number("t2.normative.made", made).number("t2.normative.repealed", rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(1 + (int) made))
                .number("t2.normative.valid", made + rnd.nextInt(rnd.nextBoolean() ? 20 : 700));
        b.number("t2.licensing.decisions", scale(rnd, 20000)).number("t2.punishment.decisions", scale(rnd, 3000))
                .number("t2.coercion.decisions", rnd.nextInt(3) == 0 ? scale(rnd, 90) : 0);
        BigDecimal fee = switch (rnd.nextInt(6)) {
            case 0 -> BigDecimal.valueOf(rnd.nextInt(100000), 2);
            case 1 -> BigDecimal.valueOf(rnd.nextInt(300), 1);
            default -> BigDecimal.ZERO;
        };
        b.number("t2.fees.amount", fee);
        Prose.fill(b, agency, year, requests, rnd);
        return b.build();
    }

    private static long scale(Random rnd, int max) {
        return switch (rnd.nextInt(4)) {
            case 0 -> 0;
            case 1 -> rnd.nextInt(20);
            case 2 -> rnd.nextInt(max / 10 + 1);
            default -> rnd.nextInt(max + 1);
        };
    }

    private static int pick(Random rnd, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = rnd.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }
}
