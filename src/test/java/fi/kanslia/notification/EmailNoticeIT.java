package fi.kanslia.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A guardian who consented to electronic notice gets an e-mail over real SMTP telling them the
 * decision waits in the service: the case number and the address, no other personal data.
 */
class EmailNoticeIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired Notifications notifications;

  @Test
  void theConsentingGuardianIsToldByEmailAndTheOtherGuardianIsNot() throws Exception {
    String address = "maija+" + UUID.randomUUID() + "@example.invalid";
    CaseFile caseFile = decidedCases.archivedWithEmail(address);

    eventually(Duration.ofSeconds(10), "the e-mail arrives", () -> !mailTo(address).isEmpty());
    List<MimeMessage> mails = mailTo(address);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.getFirst();
    assertThat(mail.getSubject()).isEqualTo("Päätös asiassa " + caseFile.caseNumber());
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains(caseFile.caseNumber(), "http://localhost:8080");
    assertThat(body).doesNotContain("Aino", "Virtanen", "Lehtolaakso");

    var notices = notifications.forDecision(decisions.forCase(caseFile.id()).orElseThrow().id());
    assertThat(notices).extracting(Notice::channel)
        .containsExactlyInAnyOrder(Channel.ELECTRONIC, Channel.LETTER);
    assertThat(notices).filteredOn(n -> n.channel() == Channel.ELECTRONIC).singleElement()
        .satisfies(n -> assertThat(notifications.events(n.id())).extracting(DeliveryEvent::kind)
            .containsExactly(DeliveryEvent.Kind.SENT, DeliveryEvent.Kind.EMAILED));
  }

  private static List<MimeMessage> mailTo(String address) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equals(address));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }).toList();
  }
}
