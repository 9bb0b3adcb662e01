// Invented Vietnamese news stories for the near-duplicate and reprint-clustering tests: one story
// about a provincial digital-transformation conference, a second story about the same conference
// from another angle, and an unrelated story. Names, numbers and quotes are made up.
#ifndef DXNEWS_TESTS_ANALYZER_REPRINT_TEXTS_H_
#define DXNEWS_TESTS_ANALYZER_REPRINT_TEXTS_H_

namespace dxnews::testing {

/// The original report of the conference (10 paragraphs).
inline constexpr const char* kConferenceStory[] = {
    "Sáng 14/3, tại thành phố Đồng Hới, UBND tỉnh Quảng Bình tổ chức hội nghị sơ kết một năm thực hiện "
    "Đề án chuyển đổi số giai đoạn 2023 - 2025, định hướng đến năm 2030.",
    "Phó Chủ tịch UBND tỉnh Trần Văn Thịnh chủ trì hội nghị. Tham dự có lãnh đạo các sở, ban, ngành, "
    "đại diện UBND các huyện, thị xã, thành phố và các doanh nghiệp viễn thông trên địa bàn.",
    "Theo báo cáo của Sở Thông tin và Truyền thông, sau một năm triển khai, tỉnh đã đưa 1.850 thủ tục hành "
    "chính lên cổng dịch vụ công trực tuyến, trong đó 76% được cung cấp toàn trình. Tỷ lệ hồ sơ nộp trực "
    "tuyến đạt 62%, tăng gần gấp đôi so với cùng kỳ năm trước.",
    "Hạ tầng số tiếp tục được đầu tư đồng bộ. Đến nay, 100% thôn, bản đã có sóng di động 4G, mạng cáp "
    "quang đã phủ đến 95% số xã. Trung tâm điều hành thông minh của tỉnh đi vào hoạt động từ tháng 9 năm "
    "ngoái, kết nối dữ liệu của 18 sở, ngành và 8 địa phương.",
    "Về kinh tế số, toàn tỉnh có hơn 2.300 hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử, nhiều "
    "nhất là các sản phẩm OCOP như nước mắm Bảo Ninh, khoai deo Lệ Thủy và mật ong rừng Minh Hóa.",
    "Tuy nhiên, báo cáo cũng chỉ ra nhiều hạn chế. Nguồn nhân lực công nghệ thông tin ở cấp xã còn mỏng, "
    "nhiều cơ sở dữ liệu chuyên ngành chưa được kết nối, chia sẻ. Kinh phí dành cho chuyển đổi số ở một "
    "số huyện miền núi còn rất hạn chế.",
    "Phát biểu kết luận, Phó Chủ tịch Trần Văn Thịnh đề nghị các sở, ngành rà soát lại toàn bộ quy trình "
    "nội bộ, bảo đảm mỗi thủ tục hành chính chỉ yêu cầu người dân cung cấp thông tin một lần. Các địa "
    "phương cần phát huy vai trò của tổ công nghệ số cộng đồng trong việc hướng dẫn người dân sử dụng "
    "dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.",
    "Ông Thịnh cũng yêu cầu Sở Thông tin và Truyền thông phối hợp với Sở Tài chính tham mưu bố trí kinh "
    "phí cho các dự án trọng điểm, ưu tiên cơ sở dữ liệu về đất đai, dân cư và y tế, hoàn thành trong "
    "năm 2024.",
    "Dịp này, UBND tỉnh đã khen thưởng 12 tập thể và 20 cá nhân có thành tích xuất sắc trong thực hiện "
    "chuyển đổi số năm 2023. Huyện Bố Trạch và thị xã Ba Đồn được đánh giá dẫn đầu về chỉ số chuyển đổi "
    "số cấp huyện.",
    "Mục tiêu của tỉnh đến cuối năm 2025 là 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường "
    "mạng, kinh tế số chiếm 15% tổng sản phẩm trên địa bàn và 70% người trưởng thành có danh tính điện tử.",
};

/// The same conference, another outlet, another angle: the signing with a telecom company and
/// the views of businesses (8 paragraphs).
inline constexpr const char* kSameEventOtherAngle[] = {
    "Bên lề hội nghị sơ kết chuyển đổi số tỉnh Quảng Bình diễn ra ngày 14/3 tại Đồng Hới, UBND tỉnh và "
    "Tập đoàn Viễn thông Sao Việt đã ký kết thỏa thuận hợp tác giai đoạn 2024 - 2026.",
    "Theo thỏa thuận, doanh nghiệp sẽ hỗ trợ tỉnh xây dựng nền tảng dữ liệu dùng chung, triển khai camera "
    "giám sát giao thông tại các nút giao lớn và đào tạo kỹ năng số cho khoảng 5.000 cán bộ, công chức.",
    "Ông Lê Quang Huy, Tổng giám đốc Sao Việt, cho biết đơn vị sẽ dành riêng một nhóm kỹ sư thường trực "
    "tại Quảng Bình để xử lý sự cố trong vòng bốn giờ. Theo ông Huy, bài toán lớn nhất hiện nay không "
    "nằm ở thiết bị mà ở thói quen làm việc của con người.",
    "Đại diện Hiệp hội Doanh nghiệp tỉnh, bà Hoàng Thị Mai Anh, kiến nghị tỉnh sớm công khai danh mục dữ "
    "liệu mở để các công ty khởi nghiệp có thể phát triển ứng dụng du lịch, nông nghiệp. Nhiều doanh "
    "nghiệp nhỏ vẫn ngại chi tiền cho phần mềm quản trị vì chưa thấy rõ hiệu quả.",
    "Một chủ cơ sở chế biến hải sản ở xã Bảo Ninh chia sẻ, từ khi bán hàng qua mạng, doanh thu của cơ sở "
    "tăng khoảng 30%, nhưng chi phí vận chuyển và quảng cáo vẫn là gánh nặng lớn.",
    "Trả lời các kiến nghị, lãnh đạo Sở Kế hoạch và Đầu tư cho biết tỉnh đang xây dựng chính sách hỗ trợ "
    "doanh nghiệp nhỏ và vừa thuê dịch vụ điện toán đám mây với mức hỗ trợ tối đa 50% chi phí năm đầu.",
    "Các chuyên gia tham dự cho rằng Quảng Bình có lợi thế về du lịch hang động nên cần ưu tiên số hóa "
    "dịch vụ đặt phòng, bán vé và thuyết minh tự động bằng nhiều ngôn ngữ.",
    "Lễ ký kết là một trong sáu thỏa thuận hợp tác về công nghệ mà tỉnh dự kiến ký trong năm nay.",
};

/// An unrelated story: a flood warning (6 paragraphs).
inline constexpr const char* kUnrelatedStory[] = {
    "Trung tâm Khí tượng Thủy văn tỉnh Hà Tĩnh cho biết, do ảnh hưởng của không khí lạnh kết hợp với "
    "nhiễu động gió đông, từ đêm nay đến hết ngày mai các huyện phía tây của tỉnh có mưa to đến rất to.",
    "Lượng mưa phổ biến từ 100 đến 200 mm, có nơi trên 250 mm. Nguy cơ cao xảy ra lũ quét ở các sông "
    "suối nhỏ và sạt lở đất tại vùng núi Hương Sơn, Vũ Quang, Hương Khê.",
    "Ban Chỉ huy phòng chống thiên tai tỉnh đã có công điện yêu cầu các địa phương kiểm tra các hồ chứa, "
    "sẵn sàng phương án sơ tán người dân ở vùng thấp trũng và ven sông.",
    "Ngành nông nghiệp khuyến cáo bà con khẩn trương thu hoạch lúa và hoa màu đã chín, gia cố chuồng "
    "trại, đưa gia súc lên nơi cao ráo.",
    "Tàu thuyền đang hoạt động trên biển được yêu cầu theo dõi chặt chẽ diễn biến thời tiết và liên lạc "
    "thường xuyên với đồn biên phòng.",
    "Các trường học vùng trũng có thể cho học sinh nghỉ học nếu mưa lũ diễn biến phức tạp.",
};

}  // namespace dxnews::testing

#endif  // DXNEWS_TESTS_ANALYZER_REPRINT_TEXTS_H_
