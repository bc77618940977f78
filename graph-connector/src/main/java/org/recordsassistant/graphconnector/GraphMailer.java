package org.recordsassistant.graphconnector;

import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.Attachment;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.FileAttachment;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;
import com.microsoft.kiota.ApiException;
import java.util.Objects;
import org.recordsassistant.graphconnector.models.MailAttachment;
import org.recordsassistant.graphconnector.models.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Mailer} over Graph {@code users/{sender}/sendMail}, not saved to Sent Items; attachments travel inline
 * in the same request. Needs Mail.Send
 * (application), ideally limited to the sender mailbox by an Exchange application access policy. Build with
 * {@link GraphMailerBuilder}.
 */
public final class GraphMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(GraphMailer.class);

    private final GraphServiceClient graph;
    private final String sender;

    GraphMailer(GraphServiceClient graph, String sender) {
        this.graph = graph;
        this.sender = sender;
    }

    /**
     * {@inheritDoc}
     *
     * @throws RecordsLibraryException if Graph refuses the mail
     */
    @Override
    public void send(MailMessage message) {
        Objects.requireNonNull(message, "message must not be null");
        Message mail = new Message();
        mail.setSubject(message.subject());
        ItemBody body = new ItemBody();
        body.setContentType(BodyType.Html);
        body.setContent(message.htmlBody());
        mail.setBody(body);
        mail.setToRecipients(message.to().stream().map(GraphMailer::recipient).toList());
        if (!message.attachments().isEmpty()) {
            mail.setAttachments(message.attachments().stream().map(GraphMailer::attachment).toList());
        }
        SendMailPostRequestBody request = new SendMailPostRequestBody();
        request.setMessage(mail);
        request.setSaveToSentItems(false);
        try {
            graph.users().byUserId(sender).sendMail().post(request);
        } catch (ApiException e) {
            LOG.warn("sendMail failed with HTTP {} ({} recipients)", e.getResponseStatusCode(), message.to().size());
            throw GraphErrors.translate(e, "send a mail");
        } catch (RuntimeException e) {
            LOG.warn("sendMail failed without an HTTP status ({} recipients)", message.to().size());
            throw GraphErrors.unexpected(e, "send a mail");
        }
        LOG.info("mail handed to Graph for {} recipients", message.to().size());
    }

    /** Inline in the sendMail request; Graph takes up to about 3 MB this way, which is all the bot sends. */
    private static Attachment attachment(MailAttachment file) {
        FileAttachment attachment = new FileAttachment();
        attachment.setName(file.name());
        attachment.setContentType(file.contentType());
        attachment.setContentBytes(file.content());
        return attachment;
    }

    private static Recipient recipient(String address) {
        EmailAddress email = new EmailAddress();
        email.setAddress(address);
        Recipient recipient = new Recipient();
        recipient.setEmailAddress(email);
        return recipient;
    }
}
