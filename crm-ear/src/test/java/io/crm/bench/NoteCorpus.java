package io.crm.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * Text for generated notes that is closer to what sales and service staff write than a handful of repeated
 * phrases: sentences of Chinese, English or both, whose words are drawn from a CRM vocabulary with Zipf's law
 * (the most common word 100 to 170 times as often as the rarest), a stock phrase in about half of the notes (the
 * formulas staff keep typing, which the benchmark's queries look for), now and then a product code, and a rare
 * word {@code zx<number>}. So, as in real notes, a few words are everywhere and most are rare, and a query's words
 * match anything from a handful of notes to most of them.
 */
final class NoteCorpus {

    /** Stock phrases, one of which goes into about half of the notes. */
    static final String[] CHINESE_PHRASES = {
        "客户要求退款",
        "答应下周回访",
        "物流太慢",
        "报价单已发送",
        "投诉产品质量",
        "上门拍摄样品",
        "合同续签谈判中",
        "对价格不满意",
        "希望增加培训",
        "发票抬头有误",
        "安装师傅迟到",
        "推荐给朋友",
        "会员积分没有到账",
        "售后电话打不通",
        "申请延长保修",
        "询问批量采购折扣",
        "新品发布会邀请",
        "付款方式变更",
        "质检报告已提供",
        "退货流程太复杂"
    };

    static final String[] ENGLISH_PHRASES = {
        "called about the refund",
        "renewal of the annual contract",
        "asked for a demo",
        "payment overdue again",
        "delivery delayed by the courier",
        "wants a discount on bulk orders",
        "invoice address is wrong",
        "happy with the installation",
        "requested a callback next week",
        "complained about product quality",
        "interested in the premium plan",
        "sent the quotation by email",
        "training session scheduled",
        "warranty extension request",
        "escalated to the regional manager",
        "follow up after the trade show",
        "meeting moved to Friday",
        "samples arrived damaged",
        "referral from an existing customer",
        "cancelled the subscription"
    };

    /** Most common first. */
    private static final String[] CHINESE = ("客户 我们 已经 需要 一下 今天 产品 问题 联系 沟通 下周 对方 表示 可以 没有 时间 电话 情况 "
                    + "处理 订单 公司 确认 希望 反馈 安排 价格 服务 合同 要求 明天 经理 发货 发送 采购 考虑 项目 方案 报价 回复 如果 还是 "
                    + "质量 系统 因为 所以 但是 目前 之前 之后 上次 这次 继续 跟进 回访 满意 不满意 投诉 退款 退货 换货 维修 保修 安装 培训 "
                    + "会议 拜访 上门 演示 试用 样品 折扣 优惠 活动 会员 积分 发票 付款 到账 账期 预算 审批 流程 负责人 老板 采购部 财务 "
                    + "技术 支持 售后 客服 销售 渠道 代理 经销商 门店 仓库 物流 快递 包装 破损 延迟 加急 库存 缺货 型号 规格 颜色 尺寸 数量 "
                    + "批量 单价 总价 运费 税点 定金 尾款 预付款 验收 交付 上线 升级 续费 续签 到期 提醒 短信 邮件 微信 视频 资料 手册 "
                    + "说明书 报告 数据 统计 分析 竞争对手 竞品 市场 推广 展会 发布会 新品 旧款 停产 替代 兼容 配件 耗材 电池 屏幕 软件 "
                    + "硬件 网络 账号 密码 登录 权限 设置 故障 异常 重启 卡顿 速度 效果 体验 评价 好评 差评 建议 意见 需求 痛点 预期 "
                    + "决策 周期 关系 信任 合作 长期 短期 年度 季度 月底 月初 周末 上午 下午 晚上 北京 上海 广州 深圳 杭州 成都 南京 武汉 "
                    + "西安 苏州 分公司 总部 工厂 学校 医院 餐厅 酒店 银行 政府 集团 子公司 董事长 总监 主管 助理 同事 朋友 介绍 推荐 "
                    + "口碑 品牌 官网 小程序 公众号 直播 抖音 淘宝 京东 拼多多 顺丰 中通 圆通 韵达 邮政 地址 收件人 签收 拒收 丢件 理赔 "
                    + "赔偿 补发 核实 登记 备注 附件 截图 照片 录音 记录 合规 审计 风险 逾期 催款 对账 开票 专票 普票 抬头 税号 盖章 "
                    + "签字 原件 复印件 快递单 工单 编号 优先级 紧急 普通 关闭 重新 打开 转交 升级处理 主动 被动 满意度 调研 问卷 评分 "
                    + "推荐值 流失 挽回 召回 激活 沉睡 复购 首单 大客户 小客户 潜在客户 意向 成交 丢单 赢单 商机 线索 报备 撞单")
            .split(" ");

    private static final String[] ENGLISH =
            ("the customer we will to and a for of is on with about they asked need call "
                            + "email meeting today next week order price product issue support team sales manager contract renewal quote "
                            + "discount delivery invoice payment refund demo trial update plan account billing subscription premium basic "
                            + "feedback request follow up confirmed pending delayed shipped received returned damaged replacement warranty repair "
                            + "install training onboarding migration integration api login password access license seat user admin report "
                            + "dashboard export import data sync mobile app web browser error bug fix release version upgrade downgrade "
                            + "budget approval legal procurement finance director ceo cto vp decision timeline quarter annual monthly "
                            + "competitor pricing proposal presentation workshop webinar conference trade show booth lead opportunity deal "
                            + "pipeline forecast closed won lost churn risk happy unhappy frustrated satisfied escalation priority urgent "
                            + "ticket case resolved reopened callback voicemail busy unreachable travel visit office site warehouse stock "
                            + "shipment courier tracking address region partner reseller distributor channel referral survey nps score "
                            + "rating review complaint compliance audit security gdpr contact phone number extension holiday friday monday")
                    .split(" ");
    private static final String[] CODES = {
        "iPhone15", "iPhone 15", "Model-X2", "SKU-88231", "V2.3", "X1 Carbon", "Mate60", "P70 Pro"
    };

    private final double[] chineseWeights = zipf(CHINESE.length);
    private final double[] englishWeights = zipf(ENGLISH.length);

    /** About 200 characters: three to five sentences, a stock phrase in half of the notes, a rare word at the end. */
    String note(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        int phraseAt = random.nextBoolean() ? random.nextInt(sentences) : -1;
        for (int s = 0; s < sentences; s++) {
            if (s == phraseAt) {
                boolean chinese = random.nextBoolean();
                text.append(
                        chinese
                                ? CHINESE_PHRASES[random.nextInt(CHINESE_PHRASES.length)] + "，"
                                : ENGLISH_PHRASES[random.nextInt(ENGLISH_PHRASES.length)] + ", ");
            }
            switch (random.nextInt(5)) {
                case 0, 1, 2 -> chineseSentence(random, text);
                case 3 -> englishSentence(random, text);
                default -> mixedSentence(random, text);
            }
        }
        if (random.nextInt(10) == 0) {
            text.append(CODES[random.nextInt(CODES.length)]).append("。");
        }
        return text.append(" zx").append(random.nextInt(50_000)).toString();
    }

    private void chineseSentence(Random random, StringBuilder text) {
        int words = 9 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
            text.append(draw(random, CHINESE, chineseWeights));
            if (w > 0 && w < words - 1 && random.nextInt(6) == 0) {
                text.append('，');
            }
        }
        text.append('。');
    }

    private void englishSentence(Random random, StringBuilder text) {
        int words = 8 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(draw(random, ENGLISH, englishWeights));
        }
        text.append(". ");
    }

    private void mixedSentence(Random random, StringBuilder text) {
        int words = 8 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
            if (random.nextInt(4) == 0) {
                text.append(text.isEmpty() || text.charAt(text.length() - 1) == ' ' ? "" : " ")
                        .append(draw(random, ENGLISH, englishWeights))
                        .append(' ');
            } else {
                text.append(draw(random, CHINESE, chineseWeights));
            }
        }
        text.append('。');
    }

    private static String draw(Random random, String[] words, double[] cumulative) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return words[Math.min(words.length - 1, at < 0 ? -at - 1 : at)];
    }

    /** Cumulative weights 1/rank^0.9: the most common word is drawn about n^0.9 times as often as the rarest. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += 1 / Math.pow(rank, 0.9);
            cumulative[rank - 1] = sum;
        }
        return cumulative;
    }
}
