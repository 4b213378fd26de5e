package org.newsgraph.server.watch;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;

/** Sends a digest by email through the configured SMTP server, as HTML with a plain-text part. */
public final class DigestMailer {

  private static final String TIMEOUT_MS = "20000";

  private final SmtpSettings smtp;
  private final Session session;

  public DigestMailer(SmtpSettings smtp) {
    this.smtp = smtp;
    Properties p = new Properties();
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", String.valueOf(smtp.port()));
    p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    p.put("mail.smtp.timeout", TIMEOUT_MS);
    p.put("mail.smtp.writetimeout", TIMEOUT_MS);
    if (smtp.startTls()) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    Authenticator login = null;
    if (smtp.username() != null) {
      p.put("mail.smtp.auth", "true");
      login = new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(smtp.username(), smtp.password());
        }
      };
    }
    this.session = Session.getInstance(p, login);
  }

  /** Sends one message; the error names the server when it cannot. */
  public void send(String to, String subject, String html, String text) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(smtp.from(), true));
    message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(subject, "UTF-8");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text, "UTF-8");
    MimeBodyPart rich = new MimeBodyPart();
    rich.setContent(html, "text/html; charset=UTF-8");
    MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
    message.setContent(alternative);
    try {
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MessagingException("cannot send the digest through " + smtp.host() + ":"
          + smtp.port() + ": " + e.getMessage(), e);
    }
  }
}
