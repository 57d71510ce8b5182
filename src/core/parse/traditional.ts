/**
 * Traditional → Simplified folding for the characters that occur in ledger headers, units,
 * section labels and vocabulary. Not a general converter: enough to match 總投資（萬元）
 * against 总投资（万元）, 項目類別 against 项目类别, 1-6月累計 against 1-6月累计.
 */
const PAIRS =
  "項项 稱称 總总 資资 萬万 億亿 單单 計计 劃划 額额 來来 開开 時时 間间 設设 狀状 態态 業业 責责 聯联 繫系 係系 領领 導导 " +
  "屬属 類类 別别 產产 級级 掛挂 區区 縣县 點点 規规 內内 進进 預预 儲储 續续 問问 題题 備备 註注 幣币 種种 當当 報报 " +
  "際际 標标 準准 號号 碼码 編编 發发 與与 為为 農农 務务 環环 護护 據据 說说 審审 營营 運运 醫医 療疗 衛卫 鐵铁 輸输 " +
  "場场 館馆 廣广 園园 築筑 維维 圖图 門门 體体 廠厂 電电 氣气 熱热 燈灯 網网 絡络 訊讯 線线 軌轨 層层 鄉乡 鎮镇 華华 " +
  "國国 貿贸 實实 現现 況况 積积 達达 則则 證证 許许 驗验 啟启 動动 擬拟 擴扩 遷迁 舊旧 險险 災灾 復复 興兴 協协 調调 " +
  "決决 難难 礙碍 滯滞 緩缓 議议 論论 辦办 處处 黨党 員员 長长 書书 記记 負负 價价 錢钱 貨货 簡简 餘余 數数 統统 錄录 " +
  "歲岁 結结 對对 應应 錯错 誤误 無无 約约 專专 質质 購购 銷销 費费 撥拨 補补 貼贴 稅税 財财 銀银 貸贷 債债 權权 東东 " +
  "車车 橋桥 鋪铺 樓楼 廈厦 莊庄 灣湾 濟济 經经 廢废 汙污 淨净 溫温 礦矿 鋼钢 鍋锅 爐炉 樣样 機机 裝装 製制 個个 們们 " +
  "這这 塊块 歷历 屆届 週周 曆历 闊阔 陽阳 陰阴 風风 紀纪 傳传 藝艺 術术 學学 習习 養养 兒儿 師师 範范 親亲 愛爱 邊边 " +
  "遠远 還还 過过 選选 遲迟 寫写 齊齐 雙双 勢势 極极 穩稳 綠绿 顏颜 頭头 顯显 響响 頁页 順顺 須须 嚴严 麼么 義义 樂乐 " +
  "買买 賣卖 贊赞 賬账 賃赁 貢贡 貫贯 貴贵 減减 測测 濕湿 滿满 燒烧 煙烟 爭争 牽牵 獨独 畢毕 畫画 監监 盤盘 確确 礎础 " +
  "禮礼 競竞 簽签 籌筹 紅红 紙纸 組组 細细 終终 絕绝 給给 綜综 緊紧 績绩 繳缴 罰罚 職职 舉举 藥药 蘇苏 虧亏 視视 覽览 " +
  "觀观 訂订 認认 討讨 託托 評评 試试 詢询 該该 詳详 誌志 語语 談谈 請请 諾诺 識识 變变 讓让 賓宾 賦赋 賽赛 趕赶 趨趋 " +
  "軟软 載载 輔辅 輕轻 輪轮 轉转 郵邮 鄰邻 釋释 鏈链 閒闲 閘闸 閱阅 關关 陸陆 隊队 階阶 隨随 隱隐 雜杂 離离 雲云 靈灵 " +
  "頂顶 頻频 飛飞 飲饮 馬马 鳥鸟 點点 齡龄 龍龙 滙汇 匯汇 彙汇 於于 僅仅 優优 兩两 冊册 剛刚 創创 劃划 勞劳 勵励 參参 " +
  "圍围 團团 壓压 壩坝 夠够 寧宁 寬宽 將将 島岛 嶺岭 幫帮 廳厅 張张 後后 徑径 從从 徵征 憑凭 戰战 戶户 換换 擁拥 擇择 " +
  "擔担 擺摆 攤摊 敗败 斷断 暢畅 會会 條条 構构 樁桩 樞枢 樹树 檔档 檢检 歡欢 歸归 殘残 沒没 淺浅 溝沟 滬沪 漁渔 潔洁 " +
  "澤泽 濱滨 煉炼 牆墙 獎奖 畝亩 盡尽 穀谷 糧粮 糾纠 納纳 純纯 紡纺 紮扎 紹绍 絲丝 綱纲 緒绪 練练 縮缩 織织 繪绘 羅罗 " +
  "聲声 脫脱 膠胶 藍蓝 蘭兰 衝冲 裏里 裡里 複复 見见 覺觉 訴诉 診诊 誠诚 課课 謀谋 譯译 讀读 貧贫 賀贺 賠赔 賴赖 轄辖 " +
  "迴回 連连 遊游 違违 適适 遺遗 邁迈 鈔钞 錦锦 鎖锁 鏡镜 鐘钟 鑄铸 閉闭 閣阁 陣阵 隻只 靜静 韓韩 顧顾 飯饭 駐驻 騰腾 " +
  "驅驱 鬥斗 鮮鲜 鹽盐 麗丽 黃黄 億亿 幹干 台台 臺台 灣湾 併并 佔占 蓋盖 據据 竣竣 戲戏 館馆 魚鱼 圓圆 況况 務务 勻匀";

const FOLD = new Map<string, string>();
for (const pair of PAIRS.split(" ")) {
  if (pair.length === 2 && pair[0] !== pair[1]) FOLD.set(pair[0], pair[1]);
}

/** Whether the character (a UTF-16 code unit) is one the folding changes. */
export function isFolded(code: number): boolean {
  return FOLD.has(String.fromCharCode(code));
}

/** Fold the Traditional characters we know to Simplified; everything else passes through. */
export function foldTraditional(text: string): string {
  let out = "";
  let changed = false;
  for (const ch of text) {
    const simple = FOLD.get(ch);
    if (simple !== undefined) {
      out += simple;
      changed = true;
    } else out += ch;
  }
  return changed ? out : text;
}
