package fi.kanslia.notification.internal;

import fi.kanslia.notification.NoticeRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail heads-up of an electronic notice: that a decision waits in the service, with the
 * case number and the address, and no other personal data. Active only when an SMTP server is
 * configured ({@code SPRING_MAIL_HOST}); the local inbox works without it.
 */
@Component
class NoticeMailer {

  private final ObjectProvider<JavaMailSender> senders;
  private final String from;
  private final String publicUrl;

  NoticeMailer(ObjectProvider<JavaMailSender> senders,
      @Value("${kanslia.notification.mail-from}") String from,
      @Value("${kanslia.public-url}") String publicUrl) {
    this.senders = senders;
    this.from = from;
    this.publicUrl = publicUrl;
  }

  boolean enabled() {
    return senders.getIfAvailable() != null;
  }

  /** @throws MailException when the SMTP server refuses or is away; the step is retried */
  void send(NoticeRequest notice) {
    boolean swedish = "sv".equals(notice.language());
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(notice.email());
    mail.setSubject(swedish
        ? "Beslut i ärende " + notice.caseNumber()
        : "Päätös asiassa " + notice.caseNumber());
    mail.setText(swedish
        ? "Ett beslut har fattats i ärende " + notice.caseNumber() + ". Logga in för att läsa det: "
            + publicUrl + "\n\nDetta meddelande har skickats automatiskt."
        : "Asiassa " + notice.caseNumber() + " on tehty päätös. Kirjaudu palveluun lukeaksesi sen: "
            + publicUrl + "\n\nTämä viesti on lähetetty automaattisesti.");
    senders.getObject().send(mail);
  }
}
