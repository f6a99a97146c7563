package org.ourvoice.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A real SMTP server (GreenMail) on a free port for every test context, and the portal's mail client pointed at it. */
@Configuration(proxyBeanMethods = false)
public class TestMailServer {

    @Bean(destroyMethod = "stop")
    public GreenMail greenMail() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    @Bean
    @Primary
    public JavaMailSenderImpl testMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        return sender;
    }

    /** Waits (polling, no sleeps in tests) until a message to the address arrives, and returns all to it. */
    public static List<MimeMessage> waitForMailTo(GreenMail greenMail, String address) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
                        } catch (Exception e) {
                            return false;
                        }
                    }).toList();
            if (!found.isEmpty()) {
                return found;
            }
            greenMail.waitForIncomingEmail(200, 1);
        }
        throw new AssertionError("No e-mail to " + address + " arrived within 20 seconds");
    }
}
