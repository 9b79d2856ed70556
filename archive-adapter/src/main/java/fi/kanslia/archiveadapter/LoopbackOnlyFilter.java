package fi.kanslia.archiveadapter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;

/**
 * Lets only this machine reach the embedded repository, which has no authentication: a request from another
 * address, or one that came through a proxy (it carries forwarding headers), is refused with 403 Forbidden.
 */
final class LoopbackOnlyFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (isLoopback(http.getRemoteAddr()) && http.getHeader("X-Forwarded-For") == null
                && http.getHeader("Forwarded") == null) {
            chain.doFilter(request, response);
        } else {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN,
                    "The embedded CMIS repository answers this machine only");
        }
    }

    private static boolean isLoopback(String address) {
        try {
            // getRemoteAddr() is an IP literal, so this parses it without a name look-up.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
